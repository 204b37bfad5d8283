// Generated from specs/cityretail/taobao.cityretail.wmfl.convert.warehouse.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.cityretail.wmfl.convert.warehouse` (同城零售完美履约转仓). */
export interface TaobaoCityretailWmflConvertWarehouseRequest {
  /** 淘宝交易单id */
  tb_order_id: string;
}

/** Response of `taobao.cityretail.wmfl.convert.warehouse`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoCityretailWmflConvertWarehouseResponse {
  /** 服务出参 */
  result?: TaobaoCityretailWmflConvertWarehouseWorkResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `WorkResult` of `taobao.cityretail.wmfl.convert.warehouse`. */
export interface TaobaoCityretailWmflConvertWarehouseWorkResult {
  /** 错误码 */
  code?: string;
  /** 请求结果数据 */
  data?: TaobaoCityretailWmflConvertWarehouseChangeOrderResponseDto;
  /** 标示服务成功/失败 */
  success?: boolean;
  /** 错误信息 */
  message?: string;
}

/** `ChangeOrderResponseDto` of `taobao.cityretail.wmfl.convert.warehouse`. */
export interface TaobaoCityretailWmflConvertWarehouseChangeOrderResponseDto {
  /** 淘宝订单id */
  tb_order_id?: string;
  /** 转仓后的新仓 */
  new_warehouse_code?: string;
  /** 转仓前的原仓 */
  origin_warehouse_code?: string;
  /** 履约单id */
  fulfill_order_id?: string;
  /** 取货码 */
  pickup_code?: string;
}

const REQUEST_SCHEMA = {
  tb_order_id: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    code: 'String',
    data: {
      tb_order_id: 'String',
      new_warehouse_code: 'String',
      origin_warehouse_code: 'String',
      fulfill_order_id: 'String',
      pickup_code: 'String',
    },
    success: 'Boolean',
    message: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.cityretail.wmfl.convert.warehouse`: method, response root, request and response schemas. */
export const taobaoCityretailWmflConvertWarehouseOperation = {
  method: 'taobao.cityretail.wmfl.convert.warehouse',
  responseRoot: 'cityretail_wmfl_convert_warehouse_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 同城零售完美履约转仓 — calls TOP method `taobao.cityretail.wmfl.convert.warehouse`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoCityretailWmflConvertWarehouse(
  client: TopClient,
  request: TaobaoCityretailWmflConvertWarehouseRequest,
  options?: CallOptions,
): Promise<TaobaoCityretailWmflConvertWarehouseResponse> {
  return client.call<TaobaoCityretailWmflConvertWarehouseResponse>(
    {
      method: 'taobao.cityretail.wmfl.convert.warehouse',
      responseRoot: 'cityretail_wmfl_convert_warehouse_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
