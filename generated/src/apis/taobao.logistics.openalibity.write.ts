// Generated from specs/mtopopen/taobao.logistics.openalibity.write.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.logistics.openalibity.write` (为快递公司提供的物流信息通用写入接口). */
export interface TaobaoLogisticsOpenalibityWriteRequest {
  /** 信息写入请求对象 */
  general_logistics_data_write_request: TaobaoLogisticsOpenalibityWriteGeneralLogisticsDataWriteRequestInput;
}

/** Response of `taobao.logistics.openalibity.write`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoLogisticsOpenalibityWriteResponse {
  /** 接口调用失败信息 */
  result_msg?: string;
  /** 信息写入返回结果对象 */
  write_response?: TaobaoLogisticsOpenalibityWriteGeneralLogisticsDataWriteResponse;
  /** 接口调用失败码 */
  result_code?: string;
  /** 接口调用是否成功 */
  result_success?: boolean;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `GeneralLogisticsDataWriteRequest` of `taobao.logistics.openalibity.write`. */
export interface TaobaoLogisticsOpenalibityWriteGeneralLogisticsDataWriteRequestInput {
  /** 快递公司标准编码 */
  cp_code: string;
  /** 运单号 */
  mail_no: string;
  /** 运单关联包裹的当前物流状态，需和平台侧定义的枚举名保持一致。 */
  current_logistics_status: string;
  /** 运单关联包裹的收件人手机号。淘内包裹必须不填，淘外包裹必填，否则无法发送push消息 */
  receiver_phone?: string;
  /** 待写入的数据，key值需要按照平台侧定义的标准。isSupportDeliveryHome：是否支持送货上门。hasSignPic：是否有签收照片。value为String类型，TRUE代表真，FALSE代表假 */
  extend_param: string;
  /** 用户在手淘中登陆并授权小程序后的唯一标识。登陆过淘宝小程序的用户都会有一个openid，如果有尽量传过来，因为如果缺少openid，则无法判断用户是否为高活用户，也就无法决策是否推送push消息 */
  openid?: string;
  /** INTERNAL：淘内包裹，EXTERNAL：淘外包裹 */
  package_type: string;
  /** DELIVERY_HOME：送货上门。SIGN_PIC：签收照片 */
  scene: string;
}

/** `GeneralLogisticsDataWriteResponse` of `taobao.logistics.openalibity.write`. */
export interface TaobaoLogisticsOpenalibityWriteGeneralLogisticsDataWriteResponse {
  /** 信息写入是否成功 */
  success?: boolean;
  /** 信息写入错误码 */
  error_code?: string;
  /** 信息写入错误信息 */
  error_msg?: string;
}

const REQUEST_SCHEMA = {
  general_logistics_data_write_request: {
    cp_code: 'String',
    mail_no: 'String',
    current_logistics_status: 'String',
    receiver_phone: 'String',
    extend_param: 'String',
    openid: 'String',
    package_type: 'String',
    scene: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result_msg: 'String',
  write_response: {
    success: 'Boolean',
    error_code: 'String',
    error_msg: 'String',
  },
  result_code: 'String',
  result_success: 'Boolean',
} as const satisfies ObjectSchema;

/** Static description of `taobao.logistics.openalibity.write`: method, response root, request and response schemas. */
export const taobaoLogisticsOpenalibityWriteOperation = {
  method: 'taobao.logistics.openalibity.write',
  responseRoot: 'logistics_openalibity_write_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 为快递公司提供的物流信息通用写入接口 — calls TOP method `taobao.logistics.openalibity.write`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoLogisticsOpenalibityWrite(
  client: TopClient,
  request: TaobaoLogisticsOpenalibityWriteRequest,
  options?: CallOptions,
): Promise<TaobaoLogisticsOpenalibityWriteResponse> {
  return client.call<TaobaoLogisticsOpenalibityWriteResponse>(
    {
      method: 'taobao.logistics.openalibity.write',
      responseRoot: 'logistics_openalibity_write_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
