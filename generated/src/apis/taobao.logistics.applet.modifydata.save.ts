// Generated from specs/mtopopen/taobao.logistics.applet.modifydata.save.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.logistics.applet.modifydata.save` (物流小程序修改物流信息回传接口). */
export interface TaobaoLogisticsAppletModifydataSaveRequest {
  /** 请求对象 */
  modify_request: TaobaoLogisticsAppletModifydataSaveModifyDeliveryRequestInput;
}

/** Response of `taobao.logistics.applet.modifydata.save`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoLogisticsAppletModifydataSaveResponse {
  /** 通讯成功/失败 */
  result_success?: boolean;
  /** 通讯失败码 */
  result_code?: string;
  /** 通讯失败信息 */
  result_msg?: string;
  /** 回传返回结果对象 */
  modify_response?: TaobaoLogisticsAppletModifydataSaveModifyDeliveryResponse;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ModifyDeliveryRequest` of `taobao.logistics.applet.modifydata.save`. */
export interface TaobaoLogisticsAppletModifydataSaveModifyDeliveryRequestInput {
  /** 订单ID */
  order_code?: string;
  /** 快递公司标准编码 */
  cp_code: string;
  /** 快递单号 */
  mail_no: string;
  /** 收货方式「送货上门：0，快递柜/代收点：1，指定地点：2，找人代收：3，其他：-1」 */
  receive_type: Int64Input;
  /** 收货方式对应的参数，送货上门：{"day":"2023-03-22","times":"10:00-13:00"} 派送到指定地点：{"point":"物业"} 找人代收：{"fullName":"xxxx","mobile":"xxxxxx"} */
  extend_param: string;
  /** 修改渠道-淘宝小程序：taoBao，非淘宝：others */
  channel: string;
}

/** `ModifyDeliveryResponse` of `taobao.logistics.applet.modifydata.save`. */
export interface TaobaoLogisticsAppletModifydataSaveModifyDeliveryResponse {
  /** 信息回传是否成功 */
  success?: boolean;
  /** 信息回传错误码(成功情况无需关注) */
  error_code?: string;
  /** 信息回传错误原因(成功情况无需关注) */
  error_msg?: string;
}

const REQUEST_SCHEMA = {
  modify_request: {
    order_code: 'String',
    cp_code: 'String',
    mail_no: 'String',
    receive_type: 'Number',
    extend_param: 'String',
    channel: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result_success: 'Boolean',
  result_code: 'String',
  result_msg: 'String',
  modify_response: {
    success: 'Boolean',
    error_code: 'String',
    error_msg: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.logistics.applet.modifydata.save`: method, response root, request and response schemas. */
export const taobaoLogisticsAppletModifydataSaveOperation = {
  method: 'taobao.logistics.applet.modifydata.save',
  responseRoot: 'logistics_applet_modifydata_save_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 物流小程序修改物流信息回传接口 — calls TOP method `taobao.logistics.applet.modifydata.save`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoLogisticsAppletModifydataSave(
  client: TopClient,
  request: TaobaoLogisticsAppletModifydataSaveRequest,
  options?: CallOptions,
): Promise<TaobaoLogisticsAppletModifydataSaveResponse> {
  return client.call<TaobaoLogisticsAppletModifydataSaveResponse>(
    {
      method: 'taobao.logistics.applet.modifydata.save',
      responseRoot: 'logistics_applet_modifydata_save_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
