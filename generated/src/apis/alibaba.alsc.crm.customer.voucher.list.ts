// Generated from specs/alsc/alibaba.alsc.crm.customer.voucher.list.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alsc.crm.customer.voucher.list` (获取顾客优惠券列表). */
export interface AlibabaAlscCrmCustomerVoucherListRequest {
  /** 获取顾客优惠券列表 */
  customer_voucher_full_open_req?: AlibabaAlscCrmCustomerVoucherListCustomerVoucherFullOpenReqInput;
}

/** Response of `alibaba.alsc.crm.customer.voucher.list`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlscCrmCustomerVoucherListResponse {
  /** 分页返回模型 */
  result?: AlibabaAlscCrmCustomerVoucherListCommonPageResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `CustomerVoucherFullOpenReq` of `alibaba.alsc.crm.customer.voucher.list`. */
export interface AlibabaAlscCrmCustomerVoucherListCustomerVoucherFullOpenReqInput {
  /** 品牌ID */
  brand_id?: string;
  /** 顾客ID */
  customer_id?: string;
  /** 外部品牌ID */
  out_brand_id?: string;
  /** 外部门店ID */
  out_shop_id?: string;
  /** 第几页,从1开始计数 */
  page_no?: Int64Input;
  /** 每页大小，默认20 */
  page_size?: Int64Input;
  /** SaaS门店ID */
  shop_id?: string;
  /** 优惠券状态 NORMAL，DELETED，ISUSED */
  voucher_status_list?: string[];
}

/** `CommonPageResult` of `alibaba.alsc.crm.customer.voucher.list`. */
export interface AlibabaAlscCrmCustomerVoucherListCommonPageResult {
  /** 成功状态 */
  biz_success?: boolean;
  /** 当前页码 */
  current_page?: Int64;
  /** 是否有下一页 */
  has_next_page?: boolean;
  /** 当前每页显示数量 */
  page_size?: Int64;
  /** 1 */
  result_list?: AlibabaAlscCrmCustomerVoucherListCustomerVoucherFullOpenInfo[];
  /** 结果码 */
  result_code?: string;
  /** 结果描述 */
  result_desc?: string;
  /** 结果显示 */
  result_view?: string;
  /** 总页数 */
  total_page?: Int64;
  /** 总数量 */
  total_size?: Int64;
}

/** `CustomerVoucherFullOpenInfo` of `alibaba.alsc.crm.customer.voucher.list`. */
export interface AlibabaAlscCrmCustomerVoucherListCustomerVoucherFullOpenInfo {
  /** 优惠券金额 */
  amount?: Int64;
  /** 顾客ID */
  customer_id?: Int64;
  /** 结束时间 */
  end_time?: string;
  /** 创建时间 */
  gmt_created?: string;
  /** 满足金额阀值 */
  start_fee?: Int64;
  /** 开始时间 */
  start_time?: string;
  /** 优惠券状态 */
  status?: string;
  /** 优惠券名称 */
  title?: string;
  /** 优惠券ID */
  voucher_id?: string;
  /** 优惠率 */
  discount_rate?: string;
  /** 优惠券模版ID */
  voucher_template_id?: string;
  /** 券实例有效点数 */
  gift_point?: Int64;
}

const REQUEST_SCHEMA = {
  customer_voucher_full_open_req: {
    brand_id: 'String',
    customer_id: 'String',
    out_brand_id: 'String',
    out_shop_id: 'String',
    page_no: 'Number',
    page_size: 'Number',
    shop_id: 'String',
    voucher_status_list: ['String'],
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    biz_success: 'Boolean',
    current_page: 'Number',
    has_next_page: 'Boolean',
    page_size: 'Number',
    result_list: [
      {
        amount: 'Number',
        customer_id: 'Number',
        end_time: 'String',
        gmt_created: 'String',
        start_fee: 'Number',
        start_time: 'String',
        status: 'String',
        title: 'String',
        voucher_id: 'String',
        discount_rate: 'String',
        voucher_template_id: 'String',
        gift_point: 'Number',
      },
    ],
    result_code: 'String',
    result_desc: 'String',
    result_view: 'String',
    total_page: 'Number',
    total_size: 'Number',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.alsc.crm.customer.voucher.list`: method, response root, request and response schemas. */
export const alibabaAlscCrmCustomerVoucherListOperation = {
  method: 'alibaba.alsc.crm.customer.voucher.list',
  responseRoot: 'alibaba_alsc_crm_customer_voucher_list_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 获取顾客优惠券列表 — calls TOP method `alibaba.alsc.crm.customer.voucher.list`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlscCrmCustomerVoucherList(
  client: TopClient,
  request: AlibabaAlscCrmCustomerVoucherListRequest = {},
  options?: CallOptions,
): Promise<AlibabaAlscCrmCustomerVoucherListResponse> {
  return client.call<AlibabaAlscCrmCustomerVoucherListResponse>(
    {
      method: 'alibaba.alsc.crm.customer.voucher.list',
      responseRoot: 'alibaba_alsc_crm_customer_voucher_list_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
