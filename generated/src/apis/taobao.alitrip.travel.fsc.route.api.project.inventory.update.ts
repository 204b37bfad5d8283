// Generated from specs/axindata/taobao.alitrip.travel.fsc.route.api.project.inventory.update.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.alitrip.travel.fsc.route.api.project.inventory.update` (更新团期库存). */
export interface TaobaoAlitripTravelFscRouteApiProjectInventoryUpdateRequest {
  /** fscProjectInventoryUpdateRequest */
  fsc_project_inventory_update_request: TaobaoAlitripTravelFscRouteApiProjectInventoryUpdateFscProjectInventoryUpdateRequestInput;
}

/** Response of `taobao.alitrip.travel.fsc.route.api.project.inventory.update`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoAlitripTravelFscRouteApiProjectInventoryUpdateResponse {
  /** 通用返回结果 */
  top_result?: TaobaoAlitripTravelFscRouteApiProjectInventoryUpdateTopResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `FscProjectInventoryUpdateRequest` of `taobao.alitrip.travel.fsc.route.api.project.inventory.update`. */
export interface TaobaoAlitripTravelFscRouteApiProjectInventoryUpdateFscProjectInventoryUpdateRequestInput {
  /** 产品编号 */
  product_code?: string;
  /** 行程编号 */
  journey_code?: string;
  /** 团期列表 */
  project_list?: TaobaoAlitripTravelFscRouteApiProjectInventoryUpdateFscRouteProjectInventoryApiDtoInput[];
  /** 供应商ID */
  supplier_id?: string;
}

/** `FscRouteProjectInventoryApiDto` of `taobao.alitrip.travel.fsc.route.api.project.inventory.update`. */
export interface TaobaoAlitripTravelFscRouteApiProjectInventoryUpdateFscRouteProjectInventoryApiDtoInput {
  /** 出团日期 格式yyyy-MM-dd */
  date?: string;
  /** 团期计划编号(供应商唯一团期标识) */
  project_code?: string;
  /** 剩余库存数量（余位） */
  inv_count?: Int64Input;
  /** 已占库存数量 */
  occupy_count?: Int64Input;
}

/** `TopResult` of `taobao.alitrip.travel.fsc.route.api.project.inventory.update`. */
export interface TaobaoAlitripTravelFscRouteApiProjectInventoryUpdateTopResult {
  /** 是否成功 */
  success?: boolean;
  /** 错误码 */
  error_code?: string;
  /** 错误信息 */
  error_msg?: string;
  /** 业务数据 */
  data?: boolean;
}

const REQUEST_SCHEMA = {
  fsc_project_inventory_update_request: {
    product_code: 'String',
    journey_code: 'String',
    project_list: [
      {
        date: 'String',
        project_code: 'String',
        inv_count: 'Number',
        occupy_count: 'Number',
      },
    ],
    supplier_id: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  top_result: {
    success: 'Boolean',
    error_code: 'String',
    error_msg: 'String',
    data: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.alitrip.travel.fsc.route.api.project.inventory.update`: method, response root, request and response schemas. */
export const taobaoAlitripTravelFscRouteApiProjectInventoryUpdateOperation = {
  method: 'taobao.alitrip.travel.fsc.route.api.project.inventory.update',
  responseRoot: 'alitrip_travel_fsc_route_api_project_inventory_update_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 更新团期库存 — calls TOP method `taobao.alitrip.travel.fsc.route.api.project.inventory.update`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoAlitripTravelFscRouteApiProjectInventoryUpdate(
  client: TopClient,
  request: TaobaoAlitripTravelFscRouteApiProjectInventoryUpdateRequest,
  options?: CallOptions,
): Promise<TaobaoAlitripTravelFscRouteApiProjectInventoryUpdateResponse> {
  return client.call<TaobaoAlitripTravelFscRouteApiProjectInventoryUpdateResponse>(
    {
      method: 'taobao.alitrip.travel.fsc.route.api.project.inventory.update',
      responseRoot: 'alitrip_travel_fsc_route_api_project_inventory_update_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
