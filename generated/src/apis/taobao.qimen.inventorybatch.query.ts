// Generated from specs/qimen/taobao.qimen.inventorybatch.query.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.qimen.inventorybatch.query` (商品单仓批次库存查询接口). */
export interface TaobaoQimenInventorybatchQueryRequest {
  /** request */
  request?: TaobaoQimenInventorybatchQueryRequestInput;
}

/** Response of `taobao.qimen.inventorybatch.query`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoQimenInventorybatchQueryResponse {
  /** 响应 */
  response?: TaobaoQimenInventorybatchQueryResponse2;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Request` of `taobao.qimen.inventorybatch.query`. */
export interface TaobaoQimenInventorybatchQueryRequestInput {
  /** 货主编码，string(50)，必填 */
  ownerCode: string;
  /** 仓库编码，string(50)，必填 */
  warehouseCode: string;
  /** ERP 系统商品编码, string(50)，条件必填 */
  itemCode?: string;
  /** 仓储系统商品编码, string(50)，条件必填 */
  itemId?: string;
  /** 当前页，从 1 开始，必填 */
  page: Int64Input;
  /** 每页条数(最多 100 条)，必填 */
  pageSize: Int64Input;
}

/** `Response` of `taobao.qimen.inventorybatch.query`. */
export interface TaobaoQimenInventorybatchQueryResponse2 {
  /** success|failure */
  flag?: string;
  /** 响应码 */
  code?: string;
  /** 响应信息 */
  message?: string;
  /** 总行数，必填 */
  totalCount?: Int64;
  /** 明细列表 */
  items?: TaobaoQimenInventorybatchQueryItems;
}

/** `Items` of `taobao.qimen.inventorybatch.query`. */
export interface TaobaoQimenInventorybatchQueryItems {
  /** 明细 */
  item?: TaobaoQimenInventorybatchQueryItem;
}

/** `Item` of `taobao.qimen.inventorybatch.query`. */
export interface TaobaoQimenInventorybatchQueryItem {
  /** ERP系统商品编码,string（50），条件必填 */
  itemCode?: string;
  /** 仓储系统商品编码 */
  itemId?: string;
  /** 库存类型 */
  inventoryType?: Int64;
  /** 批次号 */
  batchCode?: string;
  /** 生产日期 */
  productDate?: string;
  /** 失效日期 */
  expireDate?: string;
  /** 库存数量 */
  quantity?: Int64;
}

const REQUEST_SCHEMA = {
  request: {
    ownerCode: 'String',
    warehouseCode: 'String',
    itemCode: 'String',
    itemId: 'String',
    page: 'Number',
    pageSize: 'Number',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  response: {
    flag: 'String',
    code: 'String',
    message: 'String',
    totalCount: 'Number',
    items: {
      item: {
        itemCode: 'String',
        itemId: 'String',
        inventoryType: 'Number',
        batchCode: 'String',
        productDate: 'String',
        expireDate: 'String',
        quantity: 'Number',
      },
    },
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.qimen.inventorybatch.query`: method, response root, request and response schemas. */
export const taobaoQimenInventorybatchQueryOperation = {
  method: 'taobao.qimen.inventorybatch.query',
  responseRoot: 'qimen_inventorybatch_query_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 商品单仓批次库存查询接口 — calls TOP method `taobao.qimen.inventorybatch.query`.
 *
 * ERP 通过该接口查询指定商品的单仓批次库存
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoQimenInventorybatchQuery(
  client: TopClient,
  request: TaobaoQimenInventorybatchQueryRequest = {},
  options?: CallOptions,
): Promise<TaobaoQimenInventorybatchQueryResponse> {
  return client.call<TaobaoQimenInventorybatchQueryResponse>(
    {
      method: 'taobao.qimen.inventorybatch.query',
      responseRoot: 'qimen_inventorybatch_query_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
