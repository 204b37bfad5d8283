// Generated from specs/wlbimports/taobao.wlb.imports.order.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, DateInput, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.wlb.imports.order.get` (物流订单获取). */
export interface TaobaoWlbImportsOrderGetRequest {
  /** 交易订单号 */
  trade_id?: Int64Input;
  /** 交易订单开始创建时间 */
  gmt_create_start?: DateInput;
  /** 交易订单结束创建时间 */
  gmt_create_end?: DateInput;
  /** 物流订单状态编码。以下依（物流订单状态编码，描述）的形式列举出来：(TIN_CONSING,发货中),(SENT_WAIT_COMPANY_MAKE_SURE,待仓库收货),(ORDER_CANCELED,订单关闭),(COMPANY_MAKE_SURE,海外仓已揽收),(REJECTED_RECEIVED_BY_COMPANY,海外仓拒收),(ORDER_REFUNDING,退货中),(ORDER_REFUND_BY_COMPANY,订单已退货),(EXCEPTION_IN_COMPANY,海外仓内异常),(FAILED_PAID_SHIPPING_FEE,支付失败),(PAID_SHIPPING_FEE,待仓库发货),(COMPANY_CONSIGN_CONFIRM,海外仓已发货),(WAIT_CUSTOMS_MAKE_SURE,清关已收货),(EXCEPTION_IN_CUSTOMS,清关异常),(CUSTOMSING,清关中),(COMPANY_DELIVERY,国内配送)。 */
  status_code?: string;
  /** 页码。取值范围:大于零的整数; 默认值:1 */
  page_no?: Int64Input;
  /** 每页条数。取值范围:大于0小于等于100的整数; 默认值:40; 最小值：1；最大值:20 */
  page_size?: Int64Input;
}

/** Response of `taobao.wlb.imports.order.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoWlbImportsOrderGetResponse {
  /** 物流订单信息 */
  orders?: TaobaoWlbImportsOrderGetLocOrder[];
  /** 搜索到的总数量 */
  total_results?: Int64;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `LocOrder` of `taobao.wlb.imports.order.get`. */
export interface TaobaoWlbImportsOrderGetLocOrder {
  /** 物流承运商 */
  carrier?: string;
  /** 运费 */
  shipping_fee?: Int64;
  /** 物流订单状态编码 */
  status_code?: string;
  /** 物流订单号 */
  order_code?: string;
  /** 交易订单号 */
  trade_id?: Int64;
  /** 物流运单号 */
  tracking_no?: string;
  /** 关税 */
  customs_fee?: Int64;
  /** 重量 */
  weight?: Int64;
  /** 重量单位 */
  weight_unit?: string;
  /** 费用币种 */
  currency?: string;
  /** 订单状态中文描述 */
  status_code_desc?: string;
}

const REQUEST_SCHEMA = {
  trade_id: 'Number',
  gmt_create_start: 'Date',
  gmt_create_end: 'Date',
  status_code: 'String',
  page_no: 'Number',
  page_size: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  orders: [
    {
      carrier: 'String',
      shipping_fee: 'Number',
      status_code: 'String',
      order_code: 'String',
      trade_id: 'Number',
      tracking_no: 'String',
      customs_fee: 'Number',
      weight: 'Number',
      weight_unit: 'String',
      currency: 'String',
      status_code_desc: 'String',
    },
  ],
  total_results: 'Number',
} as const satisfies ObjectSchema;

/** Static description of `taobao.wlb.imports.order.get`: method, response root, request and response schemas. */
export const taobaoWlbImportsOrderGetOperation = {
  method: 'taobao.wlb.imports.order.get',
  responseRoot: 'wlb_imports_order_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 物流订单获取 — calls TOP method `taobao.wlb.imports.order.get`.
 *
 * 一般进口物流订单获取
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoWlbImportsOrderGet(
  client: TopClient,
  request: TaobaoWlbImportsOrderGetRequest = {},
  options?: CallOptions,
): Promise<TaobaoWlbImportsOrderGetResponse> {
  return client.call<TaobaoWlbImportsOrderGetResponse>(
    {
      method: 'taobao.wlb.imports.order.get',
      responseRoot: 'wlb_imports_order_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
