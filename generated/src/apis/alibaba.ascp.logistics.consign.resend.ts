// Generated from specs/tblogistics/alibaba.ascp.logistics.consign.resend.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.ascp.logistics.consign.resend` (修改物流公司和运单号). */
export interface AlibabaAscpLogisticsConsignResendRequest {
  /** 订单id */
  tid: string;
  /** 拆单子订单列表，对应的数据是：子订单号列表。可以不传，但是如果传了则必须符合传递的规则。子订单必须是操作的物流订单的子订单的真子集 */
  sub_tids?: string;
  /**
   * 包裹包含的运单号及快递公司编号,多包裹时，需要包含所有包裹的运单号等信息
   *
   * Max list size: 999
   */
  consign_pkgs: AlibabaAscpLogisticsConsignResendTopConsignPkgRequestInput[];
  /** feature参数格式，KV之间用“=”分隔，多个key之间用”;”分隔 ，范例: instantMobilePhoneNumber=12345678910表示同城配送物流公司的物流订单收货人手机号，支持11位真实号和15位隐私号"12345678910-1234" */
  feature?: string;
}

/** Response of `alibaba.ascp.logistics.consign.resend`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAscpLogisticsConsignResendResponse {
  /** 异步获取历史数据接口返回结果 */
  result?: AlibabaAscpLogisticsConsignResendResultDto;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `TopConsignPkgRequest` of `alibaba.ascp.logistics.consign.resend`. */
export interface AlibabaAscpLogisticsConsignResendTopConsignPkgRequestInput {
  /** 物流公司代码.如"POST"代表中国邮政,"ZJS"代表宅急送。调用 taobao.logistics.companies.get 获取 */
  company_code: string;
  /** 运单号.具体一个物流公司的真实运单号码。淘宝官方物流会校验，请谨慎传入 */
  out_sid: string;
}

/** `ResultDto` of `alibaba.ascp.logistics.consign.resend`. */
export interface AlibabaAscpLogisticsConsignResendResultDto {
  /** 执行结果 */
  success?: boolean;
}

const REQUEST_SCHEMA = {
  tid: 'String',
  sub_tids: 'String',
  consign_pkgs: [
    {
      company_code: 'String',
      out_sid: 'String',
    },
  ],
  feature: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.ascp.logistics.consign.resend`: method, response root, request and response schemas. */
export const alibabaAscpLogisticsConsignResendOperation = {
  method: 'alibaba.ascp.logistics.consign.resend',
  responseRoot: 'alibaba_ascp_logistics_consign_resend_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 修改物流公司和运单号 — calls TOP method `alibaba.ascp.logistics.consign.resend`.
 *
 * 支持卖家发货后修改运单号;支持在线下单和自己联系两种发货方式;使用条件：
 * 1、必须是已发货订单，自己联系发货的必须50天内才可修改；在线下单的，必须下单后物流公司未揽收成功前才可修改；
 * 2、自己联系只能切换为自己联系的公司，在线下单也只能切换为在线下单的物流公司
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAscpLogisticsConsignResend(
  client: TopClient,
  request: AlibabaAscpLogisticsConsignResendRequest,
  options?: CallOptions,
): Promise<AlibabaAscpLogisticsConsignResendResponse> {
  return client.call<AlibabaAscpLogisticsConsignResendResponse>(
    {
      method: 'alibaba.ascp.logistics.consign.resend',
      responseRoot: 'alibaba_ascp_logistics_consign_resend_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
