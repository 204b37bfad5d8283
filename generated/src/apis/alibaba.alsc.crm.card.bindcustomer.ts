// Generated from specs/alsc/alibaba.alsc.crm.card.bindcustomer.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alsc.crm.card.bindcustomer` (卡号绑定顾客). */
export interface AlibabaAlscCrmCardBindcustomerRequest {
  /** 请求参数 */
  param_bind_customer_open_req?: AlibabaAlscCrmCardBindcustomerBindCustomerOpenReqInput;
}

/** Response of `alibaba.alsc.crm.card.bindcustomer`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlscCrmCardBindcustomerResponse {
  /** 接口结果 */
  result?: AlibabaAlscCrmCardBindcustomerCommonResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `BindCustomerOpenReq` of `alibaba.alsc.crm.card.bindcustomer`. */
export interface AlibabaAlscCrmCardBindcustomerBindCustomerOpenReqInput {
  /** 外部品牌ID */
  out_brand_id?: string;
  /** 物理卡ID */
  physical_card_id?: string;
  /** 请求ID */
  request_id?: string;
  /** 卡ID */
  card_id?: string;
  /** 品牌ID，和外部品牌ID必传1 */
  brand_id?: string;
  /** 外部门店ID */
  out_shop_id?: string;
  /** 顾客ID */
  customer_id?: string;
  /** 门店ID */
  shop_id?: string;
  /** 操作人ID */
  operator_id?: string;
}

/** `CommonResult` of `alibaba.alsc.crm.card.bindcustomer`. */
export interface AlibabaAlscCrmCardBindcustomerCommonResult {
  /** 返回值 */
  result?: boolean;
  /** 结果码 */
  result_code?: string;
  /** 结果详情 */
  result_view?: string;
  /** 是否成功 */
  biz_success?: boolean;
  /** 结果详情 */
  result_desc?: string;
}

const REQUEST_SCHEMA = {
  param_bind_customer_open_req: {
    out_brand_id: 'String',
    physical_card_id: 'String',
    request_id: 'String',
    card_id: 'String',
    brand_id: 'String',
    out_shop_id: 'String',
    customer_id: 'String',
    shop_id: 'String',
    operator_id: 'String',
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

/** Static description of `alibaba.alsc.crm.card.bindcustomer`: method, response root, request and response schemas. */
export const alibabaAlscCrmCardBindcustomerOperation = {
  method: 'alibaba.alsc.crm.card.bindcustomer',
  responseRoot: 'alibaba_alsc_crm_card_bindcustomer_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 卡号绑定顾客 — calls TOP method `alibaba.alsc.crm.card.bindcustomer`.
 *
 * 为卡号绑定顾客
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlscCrmCardBindcustomer(
  client: TopClient,
  request: AlibabaAlscCrmCardBindcustomerRequest = {},
  options?: CallOptions,
): Promise<AlibabaAlscCrmCardBindcustomerResponse> {
  return client.call<AlibabaAlscCrmCardBindcustomerResponse>(
    {
      method: 'alibaba.alsc.crm.card.bindcustomer',
      responseRoot: 'alibaba_alsc_crm_card_bindcustomer_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
