// Generated from specs/logistic/alibaba.ele.fengniao.carrier.capacity.query.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.ele.fengniao.carrier.capacity.query` (按照门店查询骑手运力状态查询). */
export interface AlibabaEleFengniaoCarrierCapacityQueryRequest {
  /** 系统自动生成 */
  param: AlibabaEleFengniaoCarrierCapacityQueryParamInput;
}

/** Response of `alibaba.ele.fengniao.carrier.capacity.query`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaEleFengniaoCarrierCapacityQueryResponse {
  /** 系统自动生成 */
  results?: AlibabaEleFengniaoCarrierCapacityQueryCapacities[];
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Param` of `alibaba.ele.fengniao.carrier.capacity.query`. */
export interface AlibabaEleFengniaoCarrierCapacityQueryParamInput {
  /** 门店编码，对应大润发deliveryDockCode */
  store_codes: string[];
}

/** `Capacities` of `alibaba.ele.fengniao.carrier.capacity.query`. */
export interface AlibabaEleFengniaoCarrierCapacityQueryCapacities {
  /** 配送中骑手 */
  delivery_knight_amount?: Int64;
  /** 小休骑手 */
  rest_knight_amount?: Int64;
  /** 活跃骑手 */
  active_knight_amount?: Int64;
  /** 下班骑手 */
  off_work_knight_amount?: Int64;
  /** 到店骑手 */
  arrival_knight_amount?: Int64;
  /** 归途 骑手 */
  back_knight_amount?: Int64;
  /** 上班骑手数 */
  work_knight_amount?: Int64;
  /** 门店编码，对应大润发deliveryDockCode */
  store_code?: string;
}

const REQUEST_SCHEMA = {
  param: {
    store_codes: ['String'],
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  results: [
    {
      delivery_knight_amount: 'Number',
      rest_knight_amount: 'Number',
      active_knight_amount: 'Number',
      off_work_knight_amount: 'Number',
      arrival_knight_amount: 'Number',
      back_knight_amount: 'Number',
      work_knight_amount: 'Number',
      store_code: 'String',
    },
  ],
} as const satisfies ObjectSchema;

/** Static description of `alibaba.ele.fengniao.carrier.capacity.query`: method, response root, request and response schemas. */
export const alibabaEleFengniaoCarrierCapacityQueryOperation = {
  method: 'alibaba.ele.fengniao.carrier.capacity.query',
  responseRoot: 'alibaba_ele_fengniao_carrier_capacity_query_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 按照门店查询骑手运力状态查询 — calls TOP method `alibaba.ele.fengniao.carrier.capacity.query`.
 *
 * 提供给大润发，用于按照站点纬度查询大润发每个配送站的实时上班骑手数、到店骑手数、活跃骑手数量
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaEleFengniaoCarrierCapacityQuery(
  client: TopClient,
  request: AlibabaEleFengniaoCarrierCapacityQueryRequest,
  options?: CallOptions,
): Promise<AlibabaEleFengniaoCarrierCapacityQueryResponse> {
  return client.call<AlibabaEleFengniaoCarrierCapacityQueryResponse>(
    {
      method: 'alibaba.ele.fengniao.carrier.capacity.query',
      responseRoot: 'alibaba_ele_fengniao_carrier_capacity_query_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
