// Generated from specs/fenxiao/taobao.fenxiao.distributor.items.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, DateInput, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.fenxiao.distributor.items.get` (查询商品下载记录). */
export interface TaobaoFenxiaoDistributorItemsGetRequest {
  /** 分销商ID 。 */
  distributor_id?: Int64Input;
  /** 产品ID */
  product_id?: Int64Input;
  /** 设置开始时间。空为不设置。 */
  start_modified?: DateInput;
  /** 设置结束时间,空为不设置。 */
  end_modified?: DateInput;
  /** 每页记录数（默认20，最大50） */
  page_size?: Int64Input;
  /** 页码（大于0的整数，默认1） */
  page_no?: Int64Input;
}

/** Response of `taobao.fenxiao.distributor.items.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoFenxiaoDistributorItemsGetResponse {
  /** 查询结果记录数 */
  total_results?: Int64;
  /** 下载记录对象 */
  records?: TaobaoFenxiaoDistributorItemsGetFenxiaoItemRecord[];
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `FenxiaoItemRecord` of `taobao.fenxiao.distributor.items.get`. */
export interface TaobaoFenxiaoDistributorItemsGetFenxiaoItemRecord {
  /** 分销商ID */
  distributor_id?: Int64;
  /** 商品ID */
  item_id?: Int64;
  /** 产品ID */
  product_id?: Int64;
  /** 下载时间 */
  created?: string;
  /** 更新时间（系统时间，无业务意义） */
  modified?: string;
  /** 分销方式：AGENT（只做代销，默认值）、DEALER（只做经销） */
  trade_type?: string;
}

const REQUEST_SCHEMA = {
  distributor_id: 'Number',
  product_id: 'Number',
  start_modified: 'Date',
  end_modified: 'Date',
  page_size: 'Number',
  page_no: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  total_results: 'Number',
  records: [
    {
      distributor_id: 'Number',
      item_id: 'Number',
      product_id: 'Number',
      created: 'Date',
      modified: 'Date',
      trade_type: 'String',
    },
  ],
} as const satisfies ObjectSchema;

/** Static description of `taobao.fenxiao.distributor.items.get`: method, response root, request and response schemas. */
export const taobaoFenxiaoDistributorItemsGetOperation = {
  method: 'taobao.fenxiao.distributor.items.get',
  responseRoot: 'fenxiao_distributor_items_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 查询商品下载记录 — calls TOP method `taobao.fenxiao.distributor.items.get`.
 *
 * 供应商查询分销商商品下载记录。
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoFenxiaoDistributorItemsGet(
  client: TopClient,
  request: TaobaoFenxiaoDistributorItemsGetRequest = {},
  options?: CallOptions,
): Promise<TaobaoFenxiaoDistributorItemsGetResponse> {
  return client.call<TaobaoFenxiaoDistributorItemsGetResponse>(
    {
      method: 'taobao.fenxiao.distributor.items.get',
      responseRoot: 'fenxiao_distributor_items_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
