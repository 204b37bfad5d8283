// Generated from specs/alsc/alibaba.alsc.crm.voucher.send.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alsc.crm.voucher.send` (发送券给指定用户). */
export interface AlibabaAlscCrmVoucherSendRequest {
  /** 请求参数 */
  param_voucher_send_open_req?: AlibabaAlscCrmVoucherSendVoucherSendOpenReqInput;
}

/** Response of `alibaba.alsc.crm.voucher.send`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlscCrmVoucherSendResponse {
  /** 接口结果 */
  result?: AlibabaAlscCrmVoucherSendCommonResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `VoucherSendOpenReq` of `alibaba.alsc.crm.voucher.send`. */
export interface AlibabaAlscCrmVoucherSendVoucherSendOpenReqInput {
  /** 外部品牌ID */
  out_brand_id?: string;
  /** 请求id */
  request_id?: string;
  /** 品牌id */
  brand_id?: string;
  /** 外部门店id */
  out_shop_id?: string;
  /** 用户id */
  customer_id: string;
  /** 门店id */
  shop_id?: string;
  /** 操作人id */
  operator_id?: string;
  /** 券模板id */
  voucher_id: string;
  /** 发券数量 */
  voucher_num: Int64Input;
}

/** `CommonResult` of `alibaba.alsc.crm.voucher.send`. */
export interface AlibabaAlscCrmVoucherSendCommonResult {
  /** 结果 */
  result?: boolean;
  /** 结果码 */
  result_code?: string;
  /** 结果详情 */
  result_view?: string;
  /** 业务成功 */
  biz_success?: boolean;
  /** 结果详情 */
  result_desc?: string;
}

const REQUEST_SCHEMA = {
  param_voucher_send_open_req: {
    out_brand_id: 'String',
    request_id: 'String',
    brand_id: 'String',
    out_shop_id: 'String',
    customer_id: 'String',
    shop_id: 'String',
    operator_id: 'String',
    voucher_id: 'String',
    voucher_num: 'Number',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    result: 'Boolean',
    result_code: 'String',
    result_view: 'String',
    biz_success: 'Boolean',
    result_desc: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.alsc.crm.voucher.send`: method, response root, request and response schemas. */
export const alibabaAlscCrmVoucherSendOperation = {
  method: 'alibaba.alsc.crm.voucher.send',
  responseRoot: 'alibaba_alsc_crm_voucher_send_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 发送券给指定用户 — calls TOP method `alibaba.alsc.crm.voucher.send`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlscCrmVoucherSend(
  client: TopClient,
  request: AlibabaAlscCrmVoucherSendRequest = {},
  options?: CallOptions,
): Promise<AlibabaAlscCrmVoucherSendResponse> {
  return client.call<AlibabaAlscCrmVoucherSendResponse>(
    {
      method: 'alibaba.alsc.crm.voucher.send',
      responseRoot: 'alibaba_alsc_crm_voucher_send_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
