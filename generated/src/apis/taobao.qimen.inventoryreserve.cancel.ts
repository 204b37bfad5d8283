// Generated from specs/qimen/taobao.qimen.inventoryreserve.cancel.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.qimen.inventoryreserve.cancel` (库存预占取消接口). */
export interface TaobaoQimenInventoryreserveCancelRequest {
  request?: TaobaoQimenInventoryreserveCancelRequestInput;
}

/** Response of `taobao.qimen.inventoryreserve.cancel`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoQimenInventoryreserveCancelResponse {
  response?: TaobaoQimenInventoryreserveCancelResponse2;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Request` of `taobao.qimen.inventoryreserve.cancel`. */
export interface TaobaoQimenInventoryreserveCancelRequestInput {
  /** 奇门仓储字段 */
  ownerCode?: string;
  /** 奇门仓储字段 */
  orderCode?: string;
  /** 奇门仓储字段 */
  orderSource?: string;
  /** 奇门仓储字段 */
  itemInventories?: TaobaoQimenInventoryreserveCancelItemInventoryInput[];
  /** 扩展属性 */
  extendProps?: string | Record<string, unknown>;
}

/** `ItemInventory` of `taobao.qimen.inventoryreserve.cancel`. */
export interface TaobaoQimenInventoryreserveCancelItemInventoryInput {
  /** 奇门仓储字段 */
  orderSourceCode?: string;
  /** 奇门仓储字段 */
  subSourceCode?: string;
  /** 奇门仓储字段 */
  itemId?: string;
  /** 奇门仓储字段 */
  itemCode?: string;
}

/** `Response` of `taobao.qimen.inventoryreserve.cancel`. */
export interface TaobaoQimenInventoryreserveCancelResponse2 {
  /** 响应结果:success|failure */
  flag?: string;
  /** 响应码 */
  code?: string;
  /** 响应信息 */
  message?: string;
  /** 奇门仓储字段 */
  orderCode?: string;
  /** 奇门仓储字段 */
  isRetry?: string;
  /** 奇门仓储字段 */
  itemInventories?: TaobaoQimenInventoryreserveCancelItemInventory[];
}

/** `ItemInventory` of `taobao.qimen.inventoryreserve.cancel`. */
export interface TaobaoQimenInventoryreserveCancelItemInventory {
  /** 响应结果:success|failure */
  flag?: string;
  /** 响应码 */
  code?: string;
  /** 响应信息 */
  message?: string;
  /** 奇门仓储字段 */
  orderSourceCode?: string;
  /** 奇门仓储字段 */
  subSourceCode?: string;
  /** 奇门仓储字段 */
  combItemId?: string;
  /** 奇门仓储字段 */
  itemId?: string;
  /** 奇门仓储字段 */
  itemCode?: string;
  /** 奇门仓储字段 */
  itemQuantity?: string;
  /** 奇门仓储字段 */
  warehouseCode?: string;
}

const REQUEST_SCHEMA = {
  request: {
    ownerCode: 'String',
    orderCode: 'String',
    orderSource: 'String',
    itemInventories: [
      {
        orderSourceCode: 'String',
        subSourceCode: 'String',
        itemId: 'String',
        itemCode: 'String',
      },
    ],
    extendProps: 'Json',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  response: {
    flag: 'String',
    code: 'String',
    message: 'String',
    orderCode: 'String',
    isRetry: 'String',
    itemInventories: [
      {
        flag: 'String',
        code: 'String',
        message: 'String',
        orderSourceCode: 'String',
        subSourceCode: 'String',
        combItemId: 'String',
        itemId: 'String',
        itemCode: 'String',
        itemQuantity: 'String',
        warehouseCode: 'String',
      },
    ],
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.qimen.inventoryreserve.cancel`: method, response root, request and response schemas. */
export const taobaoQimenInventoryreserveCancelOperation = {
  method: 'taobao.qimen.inventoryreserve.cancel',
  responseRoot: 'qimen_inventoryreserve_cancel_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 库存预占取消接口 — calls TOP method `taobao.qimen.inventoryreserve.cancel`.
 *
 * 库存预占取消
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoQimenInventoryreserveCancel(
  client: TopClient,
  request: TaobaoQimenInventoryreserveCancelRequest = {},
  options?: CallOptions,
): Promise<TaobaoQimenInventoryreserveCancelResponse> {
  return client.call<TaobaoQimenInventoryreserveCancelResponse>(
    {
      method: 'taobao.qimen.inventoryreserve.cancel',
      responseRoot: 'qimen_inventoryreserve_cancel_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
