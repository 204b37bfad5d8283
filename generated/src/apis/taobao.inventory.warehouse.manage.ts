// Generated from specs/fenxiao/taobao.inventory.warehouse.manage.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.inventory.warehouse.manage` (创建商家仓或者更新商家仓信息). */
export interface TaobaoInventoryWarehouseManageRequest {
  /** 仓库信息 */
  ware_house_dto: TaobaoInventoryWarehouseManageWareHouseDtoInput;
}

/** Response of `taobao.inventory.warehouse.manage`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoInventoryWarehouseManageResponse {
  /** result */
  result?: TaobaoInventoryWarehouseManageResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `WareHouseDto` of `taobao.inventory.warehouse.manage`. */
export interface TaobaoInventoryWarehouseManageWareHouseDtoInput {
  /** 详细地址描述 */
  address?: string;
  /** 仓库地址信息,格式 :省~市~区县 */
  address_area_name: string;
  /** 别名 */
  alias_name: string;
  /** 联系人 */
  contact?: string;
  /** 电话号码 */
  phone?: string;
  /** 邮编 */
  post_code?: string;
  /** 仓库编码，仅允许使用字母、数字、下划线，并且在6-30个字符内 */
  store_code: string;
  /** 仓库名称 */
  store_name: string;
  /** 操作类型，新增:ADD;修改:UPDATE */
  operate_type: string;
}

/** `Result` of `taobao.inventory.warehouse.manage`. */
export interface TaobaoInventoryWarehouseManageResult {
  /** data */
  data?: boolean;
  /** errorCode */
  error_code?: string;
  /** errorMsg */
  error_msg?: string;
  /** success */
  success?: boolean;
}

const REQUEST_SCHEMA = {
  ware_house_dto: {
    address: 'String',
    address_area_name: 'String',
    alias_name: 'String',
    contact: 'String',
    phone: 'String',
    post_code: 'String',
    store_code: 'String',
    store_name: 'String',
    operate_type: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    data: 'Boolean',
    error_code: 'String',
    error_msg: 'String',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.inventory.warehouse.manage`: method, response root, request and response schemas. */
export const taobaoInventoryWarehouseManageOperation = {
  method: 'taobao.inventory.warehouse.manage',
  responseRoot: 'inventory_warehouse_manage_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 创建商家仓或者更新商家仓信息 — calls TOP method `taobao.inventory.warehouse.manage`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoInventoryWarehouseManage(
  client: TopClient,
  request: TaobaoInventoryWarehouseManageRequest,
  options?: CallOptions,
): Promise<TaobaoInventoryWarehouseManageResponse> {
  return client.call<TaobaoInventoryWarehouseManageResponse>(
    {
      method: 'taobao.inventory.warehouse.manage',
      responseRoot: 'inventory_warehouse_manage_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
