// Generated from specs/icbuproduct/alibaba.icbu.product.inventory.update.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.icbu.product.inventory.update` (icbu商品库存更新). */
export interface AlibabaIcbuProductInventoryUpdateRequest {
  /** 更新请求 */
  request_param: AlibabaIcbuProductInventoryUpdateProductInventoryRequestInput;
}

/** Response of `alibaba.icbu.product.inventory.update`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaIcbuProductInventoryUpdateResponse {
  /** Top返回对象 */
  result?: AlibabaIcbuProductInventoryUpdateTopResultDo;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ProductInventoryRequest` of `alibaba.icbu.product.inventory.update`. */
export interface AlibabaIcbuProductInventoryUpdateProductInventoryRequestInput {
  /** 商品id */
  product_id: Int64Input;
  /** 待更新的库存列表 */
  inventory_list: AlibabaIcbuProductInventoryUpdateInventoryDtoInput[];
}

/** `InventoryDto` of `alibaba.icbu.product.inventory.update`. */
export interface AlibabaIcbuProductInventoryUpdateInventoryDtoInput {
  /** 待更新库存的SKUid,如果没有skuId,设置成-1 */
  sku_id: Int64Input;
  /** 库存的仓编码,根据商品查询返回的仓编码进行设置,不同的客户类型,仓编码会不一样 */
  inventory_code: string;
  /** 库存变动值 */
  inventory: Int64Input;
  /** 操作类型，加库存或者减库存,加库存:plus,减库存:sub */
  operate: string;
}

/** `TopResultDo` of `alibaba.icbu.product.inventory.update`. */
export interface AlibabaIcbuProductInventoryUpdateTopResultDo {
  /** 调用是否成功 */
  success?: boolean;
  /** 库存更新是否成功 */
  data?: string;
  /** 接口更新失败时错误信息 */
  message?: string;
  /** 失败错误码 */
  msg_code?: string;
  /** 接口失败时的追踪id */
  trace_id?: string;
}

const REQUEST_SCHEMA = {
  request_param: {
    product_id: 'Number',
    inventory_list: [
      {
        sku_id: 'Number',
        inventory_code: 'String',
        inventory: 'Number',
        operate: 'String',
      },
    ],
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    success: 'Boolean',
    data: 'String',
    message: 'String',
    msg_code: 'String',
    trace_id: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.icbu.product.inventory.update`: method, response root, request and response schemas. */
export const alibabaIcbuProductInventoryUpdateOperation = {
  method: 'alibaba.icbu.product.inventory.update',
  responseRoot: 'alibaba_icbu_product_inventory_update_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * icbu商品库存更新 — calls TOP method `alibaba.icbu.product.inventory.update`.
 *
 * 更新库存信息
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaIcbuProductInventoryUpdate(
  client: TopClient,
  request: AlibabaIcbuProductInventoryUpdateRequest,
  options?: CallOptions,
): Promise<AlibabaIcbuProductInventoryUpdateResponse> {
  return client.call<AlibabaIcbuProductInventoryUpdateResponse>(
    {
      method: 'alibaba.icbu.product.inventory.update',
      responseRoot: 'alibaba_icbu_product_inventory_update_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
