// Generated from specs/qimen/taobao.qimen.stock.query.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.qimen.stock.query` (库存查询接口（多条件）). */
export interface TaobaoQimenStockQueryRequest {
  request?: TaobaoQimenStockQueryStockQueryRequestInput;
}

/** Response of `taobao.qimen.stock.query`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoQimenStockQueryResponse {
  response?: TaobaoQimenStockQueryStockQueryResponse;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `StockQueryRequest` of `taobao.qimen.stock.query`. */
export interface TaobaoQimenStockQueryStockQueryRequestInput {
  /** 仓库编码 */
  warehouseCode?: string;
  /** 货主编码 */
  ownerCode?: string;
  /** 商品编码 */
  itemCode: string;
  /** 仓储系统商品ID */
  itemId?: string;
  /** 库存类型(ZP=正品;CC=残次;JS=机损;XS=箱损;ZT=在途库存;默认为查所有类型的库存) */
  inventoryType?: string;
  /** 批次编码 */
  batchCode?: string;
  /** 商品生产日期(YYYY-MM-DD) */
  productDate?: string;
  /** 商品过期日期(YYYY-MM-DD) */
  expireDate?: string;
  /** 当前页(从1开始) */
  page: Int64Input;
  /** 每页条数(最多100条) */
  pageSize: Int64Input;
  /** 扩展属性 */
  extendProps?: string | Record<string, unknown>;
  /** 备注 */
  remark?: string;
}

/** `StockQueryResponse` of `taobao.qimen.stock.query`. */
export interface TaobaoQimenStockQueryStockQueryResponse {
  /** 响应结果:success|failure */
  flag?: string;
  /** 响应码 */
  code?: string;
  /** 响应信息 */
  message?: string;
  /** 总数 */
  totalCount?: Int64;
  /** 商品的库存信息列表 */
  items?: TaobaoQimenStockQueryItem[];
}

/** `Item` of `taobao.qimen.stock.query`. */
export interface TaobaoQimenStockQueryItem {
  /** 仓库编码 */
  warehouseCode?: string;
  /** 商品编码 */
  itemCode?: string;
  /** 仓储系统商品ID */
  itemId?: string;
  /** 库存类型(ZP=正品;CC=残次;JS=机损;XS= 箱损;ZT=在途库存) */
  inventoryType?: string;
  /** 未冻结库存数量 */
  quantity?: Int64;
  /** 冻结库存数量 */
  lockQuantity?: Int64;
  /** 批次编码 */
  batchCode?: string;
  /** 商品生产日期(YYYY-MM-DD) */
  productDate?: string;
  /** 商品过期日期(YYYY-MM-DD) */
  expireDate?: string;
  /** 生产批号 */
  produceCode?: string;
  /** 商品名称 */
  itemName?: string;
  /** 产品的国际标准条码（69码） */
  barCode?: string;
}

const REQUEST_SCHEMA = {
  request: {
    warehouseCode: 'String',
    ownerCode: 'String',
    itemCode: 'String',
    itemId: 'String',
    inventoryType: 'String',
    batchCode: 'String',
    productDate: 'String',
    expireDate: 'String',
    page: 'Number',
    pageSize: 'Number',
    extendProps: 'Json',
    remark: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  response: {
    flag: 'String',
    code: 'String',
    message: 'String',
    totalCount: 'Number',
    items: [
      {
        warehouseCode: 'String',
        itemCode: 'String',
        itemId: 'String',
        inventoryType: 'String',
        quantity: 'Number',
        lockQuantity: 'Number',
        batchCode: 'String',
        productDate: 'String',
        expireDate: 'String',
        produceCode: 'String',
        itemName: 'String',
        barCode: 'String',
      },
    ],
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.qimen.stock.query`: method, response root, request and response schemas. */
export const taobaoQimenStockQueryOperation = {
  method: 'taobao.qimen.stock.query',
  responseRoot: 'qimen_stock_query_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 库存查询接口（多条件） — calls TOP method `taobao.qimen.stock.query`.
 *
 * ERP调用奇门的接口,查询商品的库存量
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoQimenStockQuery(
  client: TopClient,
  request: TaobaoQimenStockQueryRequest = {},
  options?: CallOptions,
): Promise<TaobaoQimenStockQueryResponse> {
  return client.call<TaobaoQimenStockQueryResponse>(
    {
      method: 'taobao.qimen.stock.query',
      responseRoot: 'qimen_stock_query_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
