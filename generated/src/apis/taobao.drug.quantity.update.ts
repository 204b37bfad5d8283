// Generated from specs/alihealth2/taobao.drug.quantity.update.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.drug.quantity.update` (商家更新库存). */
export interface TaobaoDrugQuantityUpdateRequest {
  /** 外部店铺ID */
  out_store_id: string;
  /** 外部商品ID */
  out_item_id: string;
  /** 库存数量 */
  quantity: Int64Input;
}

/** Response of `taobao.drug.quantity.update`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoDrugQuantityUpdateResponse {
  /** 接口返回model */
  result?: TaobaoDrugQuantityUpdateResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Result` of `taobao.drug.quantity.update`. */
export interface TaobaoDrugQuantityUpdateResult {
  /** 错误编号 */
  msg_code?: string;
  /** 错误信息 */
  msg_info?: string;
  /** 请求的接口是否成功 */
  success?: boolean;
}

const REQUEST_SCHEMA = {
  out_store_id: 'String',
  out_item_id: 'String',
  quantity: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    msg_code: 'String',
    msg_info: 'String',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.drug.quantity.update`: method, response root, request and response schemas. */
export const taobaoDrugQuantityUpdateOperation = {
  method: 'taobao.drug.quantity.update',
  responseRoot: 'drug_quantity_update_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 商家更新库存 — calls TOP method `taobao.drug.quantity.update`.
 *
 * 商家通过top接口可以直接修改商品库存
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoDrugQuantityUpdate(
  client: TopClient,
  request: TaobaoDrugQuantityUpdateRequest,
  options?: CallOptions,
): Promise<TaobaoDrugQuantityUpdateResponse> {
  return client.call<TaobaoDrugQuantityUpdateResponse>(
    {
      method: 'taobao.drug.quantity.update',
      responseRoot: 'drug_quantity_update_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
