// Generated from specs/alsc/alibaba.alsc.crm.voucher.status.change.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alsc.crm.voucher.status.change` (优惠券状态更改). */
export interface AlibabaAlscCrmVoucherStatusChangeRequest {
  /** 参数 */
  param_voucher_status_change_open_req?: AlibabaAlscCrmVoucherStatusChangeVoucherStatusChangeOpenReqInput;
}

/** Response of `alibaba.alsc.crm.voucher.status.change`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlscCrmVoucherStatusChangeResponse {
  /** 接口结果 */
  result?: AlibabaAlscCrmVoucherStatusChangeCommonResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `VoucherStatusChangeOpenReq` of `alibaba.alsc.crm.voucher.status.change`. */
export interface AlibabaAlscCrmVoucherStatusChangeVoucherStatusChangeOpenReqInput {
  /** 品牌ID */
  brand_id?: string;
  /** 顾客ID */
  customer_id: string;
  /** 操作ID */
  operator_id: string;
  /** 操作名字 */
  operator_name?: string;
  /** 外部品牌ID */
  out_brand_id?: string;
  /** 外部orderID */
  out_order_id?: string;
  /** 外部门店ID */
  out_shop_id?: string;
  /** 请求ID */
  request_id: string;
  /** 门店ID */
  shop_id?: string;
  /** POS,移动门店 */
  source: string;
  /** 优惠券集合 */
  voucher_id_list: string[];
  /** /** * 核销，正常到核销 *\/ NORMAL_ISUSED, /** * 反核销，已使用到正常（补发一张新的优惠券） *\/ ISUSED_NORMAL, */
  voucher_status_action: string;
  /** 待核销点数，数组下标和券id对齐 */
  voucher_point_list?: string[];
}

/** `CommonResult` of `alibaba.alsc.crm.voucher.status.change`. */
export interface AlibabaAlscCrmVoucherStatusChangeCommonResult {
  /** 成功状态 */
  biz_success?: boolean;
  /** 核销返回结果 */
  result?: AlibabaAlscCrmVoucherStatusChangeVoucherUsingOpenInfo;
  /** 结果码 */
  result_code?: string;
  /** 结果描述 */
  result_desc?: string;
  /** 结果显示 */
  result_view?: string;
}

/** `VoucherUsingOpenInfo` of `alibaba.alsc.crm.voucher.status.change`. */
export interface AlibabaAlscCrmVoucherStatusChangeVoucherUsingOpenInfo {
  /** 1 */
  voucher_status_list?: AlibabaAlscCrmVoucherStatusChangeVoucherStatus[];
}

/** `VoucherStatus` of `alibaba.alsc.crm.voucher.status.change`. */
export interface AlibabaAlscCrmVoucherStatusChangeVoucherStatus {
  /** 是否成功 */
  is_success?: boolean;
  /** 优惠券实例ID/反核销回补ID */
  voucher_id?: string;
}

const REQUEST_SCHEMA = {
  param_voucher_status_change_open_req: {
    brand_id: 'String',
    customer_id: 'String',
    operator_id: 'String',
    operator_name: 'String',
    out_brand_id: 'String',
    out_order_id: 'String',
    out_shop_id: 'String',
    request_id: 'String',
    shop_id: 'String',
    source: 'String',
    voucher_id_list: ['String'],
    voucher_status_action: 'String',
    voucher_point_list: ['String'],
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    biz_success: 'Boolean',
    result: {
      voucher_status_list: [
        {
          is_success: 'Boolean',
          voucher_id: 'String',
        },
      ],
    },
    result_code: 'String',
    result_desc: 'String',
    result_view: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.alsc.crm.voucher.status.change`: method, response root, request and response schemas. */
export const alibabaAlscCrmVoucherStatusChangeOperation = {
  method: 'alibaba.alsc.crm.voucher.status.change',
  responseRoot: 'alibaba_alsc_crm_voucher_status_change_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 优惠券状态更改 — calls TOP method `alibaba.alsc.crm.voucher.status.change`.
 *
 * 核销优惠券
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlscCrmVoucherStatusChange(
  client: TopClient,
  request: AlibabaAlscCrmVoucherStatusChangeRequest = {},
  options?: CallOptions,
): Promise<AlibabaAlscCrmVoucherStatusChangeResponse> {
  return client.call<AlibabaAlscCrmVoucherStatusChangeResponse>(
    {
      method: 'alibaba.alsc.crm.voucher.status.change',
      responseRoot: 'alibaba_alsc_crm_voucher_status_change_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
