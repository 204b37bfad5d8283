// Generated from specs/qimen/taobao.qimen.inventory.query.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.qimen.inventory.query` (库存查询接口（多商品）). */
export interface TaobaoQimenInventoryQueryRequest {
  request?: TaobaoQimenInventoryQueryInventoryQueryRequestInput;
}

/** Response of `taobao.qimen.inventory.query`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoQimenInventoryQueryResponse {
  response?: TaobaoQimenInventoryQueryInventoryQueryResponse;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `InventoryQueryRequest` of `taobao.qimen.inventory.query`. */
export interface TaobaoQimenInventoryQueryInventoryQueryRequestInput {
  /** 查询准则 */
  criteriaList?: TaobaoQimenInventoryQueryCriteriaInput[];
  /** 扩展属性 */
  extendProps?: string | Record<string, unknown>;
  /** 备注 */
  remark?: string;
}

/** `Criteria` of `taobao.qimen.inventory.query`. */
export interface TaobaoQimenInventoryQueryCriteriaInput {
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
  /** 备注 */
  remark?: string;
}

/** `InventoryQueryResponse` of `taobao.qimen.inventory.query`. */
export interface TaobaoQimenInventoryQueryInventoryQueryResponse {
  /** 响应结果:success|failure */
  flag?: string;
  /** 响应码 */
  code?: string;
  /** 响应信息 */
  message?: string;
  /** 商品的库存信息列表 */
  items?: TaobaoQimenInventoryQueryItem[];
}

/** `Item` of `taobao.qimen.inventory.query`. */
export interface TaobaoQimenInventoryQueryItem {
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
}

const REQUEST_SCHEMA = {
  request: {
    criteriaList: [
      {
        warehouseCode: 'String',
        ownerCode: 'String',
        itemCode: 'String',
        itemId: 'String',
        inventoryType: 'String',
        remark: 'String',
      },
    ],
    extendProps: 'Json',
    remark: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  response: {
    flag: 'String',
    code: 'String',
    message: 'String',
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
      },
    ],
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.qimen.inventory.query`: method, response root, request and response schemas. */
export const taobaoQimenInventoryQueryOperation = {
  method: 'taobao.qimen.inventory.query',
  responseRoot: 'qimen_inventory_query_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 库存查询接口（多商品） — calls TOP method `taobao.qimen.inventory.query`.
 *
 * taobao.qimen.inventory.query
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoQimenInventoryQuery(
  client: TopClient,
  request: TaobaoQimenInventoryQueryRequest = {},
  options?: CallOptions,
): Promise<TaobaoQimenInventoryQueryResponse> {
  return client.call<TaobaoQimenInventoryQueryResponse>(
    {
      method: 'taobao.qimen.inventory.query',
      responseRoot: 'qimen_inventory_query_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
