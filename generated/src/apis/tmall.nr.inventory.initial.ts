// Generated from specs/tmallnr/tmall.nr.inventory.initial.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `tmall.nr.inventory.initial` (门店库存初始化前后端商品绑定). */
export interface TmallNrInventoryInitialRequest {
  /** 请求入参 */
  param0?: TmallNrInventoryInitialNrStoreInvItemInitialReqDtoInput;
}

/** Response of `tmall.nr.inventory.initial`: TOP returns only requested, non-null fields, so all are optional. */
export interface TmallNrInventoryInitialResponse {
  /** 初始化成功 */
  result_data?: boolean;
  /** 错误信息提示 */
  error_message?: string;
  /** 错误编码 */
  error_code2?: string;
  /** isSuccess */
  is_success?: boolean;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `NrStoreInvItemInitialReqDto` of `tmall.nr.inventory.initial`. */
export interface TmallNrInventoryInitialNrStoreInvItemInitialReqDtoInput {
  /** 如果是品牌商家填写商家的sellerID，如果是零售商需要填写品牌商的sellerID，但是需要平台授权； */
  user_id: Int64Input;
  /** 操作时间 */
  operation_time?: string;
  /** 门店信息 */
  stores: TmallNrInventoryInitialStoreDtoInput[];
  /** 操作者 */
  operator?: string;
}

/** `StoreDto` of `tmall.nr.inventory.initial`. */
export interface TmallNrInventoryInitialStoreDtoInput {
  /** 库存来源的类型；STORE表示门店 */
  warehouse_type: string;
  /** 门店对应的storeID值 */
  warehouse_id: string;
  /** 门店商品，最大列表长度：20 */
  store_inventories?: TmallNrInventoryInitialStoreInvetoryDtoInput[];
}

/** `StoreInvetoryDto` of `tmall.nr.inventory.initial`. */
export interface TmallNrInventoryInitialStoreInvetoryDtoInput {
  /** 商家的外部商品编码，写入值。 */
  outer_id?: string;
  /** sku号 */
  sku_id?: Int64Input;
  /** 天猫商品id */
  item_id?: Int64Input;
  /** 天猫后端商品id */
  sc_item_id?: Int64Input;
  /** 单据流水号，用于幂等操作 */
  bill_num: string;
  /** CERTAINTY 表示确定性库存 */
  inventory_type: string;
  /** 库存数量 */
  quantity?: Int64Input;
}

const REQUEST_SCHEMA = {
  param0: {
    user_id: 'Number',
    operation_time: 'String',
    stores: [
      {
        warehouse_type: 'String',
        warehouse_id: 'String',
        store_inventories: [
          {
            outer_id: 'String',
            sku_id: 'Number',
            item_id: 'Number',
            sc_item_id: 'Number',
            bill_num: 'String',
            inventory_type: 'String',
            quantity: 'Number',
          },
        ],
      },
    ],
    operator: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result_data: 'Boolean',
  error_message: 'String',
  error_code2: 'String',
  is_success: 'Boolean',
} as const satisfies ObjectSchema;

/** Static description of `tmall.nr.inventory.initial`: method, response root, request and response schemas. */
export const tmallNrInventoryInitialOperation = {
  method: 'tmall.nr.inventory.initial',
  responseRoot: 'tmall_nr_inventory_initial_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 门店库存初始化前后端商品绑定 — calls TOP method `tmall.nr.inventory.initial`.
 *
 * 用于门店业务的商品的初始化，前端商品和后端商品绑定，走后端库存模式
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function tmallNrInventoryInitial(
  client: TopClient,
  request: TmallNrInventoryInitialRequest = {},
  options?: CallOptions,
): Promise<TmallNrInventoryInitialResponse> {
  return client.call<TmallNrInventoryInitialResponse>(
    {
      method: 'tmall.nr.inventory.initial',
      responseRoot: 'tmall_nr_inventory_initial_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
