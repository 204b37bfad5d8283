// Generated from specs/qimen/taobao.qimen.inventory.synchronize.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.qimen.inventory.synchronize` (库存状态同步接口). */
export interface TaobaoQimenInventorySynchronizeRequest {
  request?: TaobaoQimenInventorySynchronizeRequestInput;
}

/** Response of `taobao.qimen.inventory.synchronize`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoQimenInventorySynchronizeResponse {
  response?: TaobaoQimenInventorySynchronizeResponse2;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Request` of `taobao.qimen.inventory.synchronize`. */
export interface TaobaoQimenInventorySynchronizeRequestInput {
  /** 货主编码,货主编码,string(50),, */
  ownerCode?: string;
  /** 仓库编码,仓库编码,string(50),, */
  warehouseCode?: string;
  /** 调整单编码,调整单编码,string(50),, */
  adjustOrderCode?: string;
  /** 订单创建时间,订单创建时间,string(50),, */
  adjustTime?: string;
  /** 库存调整类型,库存调整类型,string(50),, */
  adjustType?: string;
  /** 关联订单 */
  relatedOrders?: TaobaoQimenInventorySynchronizeRelatedOrdersInput;
  /** 备注,备注,string(50),, */
  remark?: string;
  /** 商品列表 */
  items?: TaobaoQimenInventorySynchronizeItemsInput;
}

/** `RelatedOrders` of `taobao.qimen.inventory.synchronize`. */
export interface TaobaoQimenInventorySynchronizeRelatedOrdersInput {
  /** 关联的订单类型,关联的订单类型,string(50),, */
  orderType?: string;
  /** 关联的订单编号,关联的订单编号,string(50),, */
  orderCode?: string;
}

/** `Items` of `taobao.qimen.inventory.synchronize`. */
export interface TaobaoQimenInventorySynchronizeItemsInput {
  /** 商品 */
  item?: TaobaoQimenInventorySynchronizeItemInput;
}

/** `Item` of `taobao.qimen.inventory.synchronize`. */
export interface TaobaoQimenInventorySynchronizeItemInput {
  /** 商品编码,,string(50),, */
  itemCode?: string;
  /** 仓储系统商品ID,,string(50),, */
  itemId?: string;
  /** 库存类型,,string(50),, */
  inventoryType?: string;
  /** 调整数量,,string(50),, */
  planQty?: string;
  /** 批次编码,,string(50),, */
  batchCode?: string;
  /** 商品生产日期,,string(50),, */
  productDate?: string;
  /** 商品过期日期,,string(50),, */
  expireDate?: string;
  /** 生产批号,,string(50),, */
  produceCode?: string;
  /** 商品序列号,,string(50),, */
  snCode?: string;
  /** 备注,,string(50),, */
  remark?: string;
}

/** `Response` of `taobao.qimen.inventory.synchronize`. */
export interface TaobaoQimenInventorySynchronizeResponse2 {
  /** 响应结果,success|failure,string (10),必填 */
  flag?: string;
  /** 响应码,,string (50), */
  code?: string;
  /** 响应信息,,string (100), */
  message?: string;
}

const REQUEST_SCHEMA = {
  request: {
    ownerCode: 'String',
    warehouseCode: 'String',
    adjustOrderCode: 'String',
    adjustTime: 'String',
    adjustType: 'String',
    relatedOrders: {
      orderType: 'String',
      orderCode: 'String',
    },
    remark: 'String',
    items: {
      item: {
        itemCode: 'String',
        itemId: 'String',
        inventoryType: 'String',
        planQty: 'String',
        batchCode: 'String',
        productDate: 'String',
        expireDate: 'String',
        produceCode: 'String',
        snCode: 'String',
        remark: 'String',
      },
    },
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  response: {
    flag: 'String',
    code: 'String',
    message: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.qimen.inventory.synchronize`: method, response root, request and response schemas. */
export const taobaoQimenInventorySynchronizeOperation = {
  method: 'taobao.qimen.inventory.synchronize',
  responseRoot: 'qimen_inventory_synchronize_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 库存状态同步接口 — calls TOP method `taobao.qimen.inventory.synchronize`.
 *
 * ERP通过该接口同步指定商品的库存信息
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoQimenInventorySynchronize(
  client: TopClient,
  request: TaobaoQimenInventorySynchronizeRequest = {},
  options?: CallOptions,
): Promise<TaobaoQimenInventorySynchronizeResponse> {
  return client.call<TaobaoQimenInventorySynchronizeResponse>(
    {
      method: 'taobao.qimen.inventory.synchronize',
      responseRoot: 'qimen_inventory_synchronize_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
