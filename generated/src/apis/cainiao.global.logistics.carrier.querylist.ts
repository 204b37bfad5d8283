// Generated from specs/cainiaohandover/cainiao.global.logistics.carrier.querylist.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `cainiao.global.logistics.carrier.querylist` (实际承运商查询). */
export interface CainiaoGlobalLogisticsCarrierQuerylistRequest {
  /** 多语言(暂不支持，保留入参) */
  locale?: string;
}

/** Response of `cainiao.global.logistics.carrier.querylist`: TOP returns only requested, non-null fields, so all are optional. */
export interface CainiaoGlobalLogisticsCarrierQuerylistResponse {
  /** 1 */
  result?: CainiaoGlobalLogisticsCarrierQuerylistDubboResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `DubboResult` of `cainiao.global.logistics.carrier.querylist`. */
export interface CainiaoGlobalLogisticsCarrierQuerylistDubboResult {
  /** 返回数据是否成功 */
  success?: boolean;
  /** 错误码 */
  error_code?: string;
  /** 错误信息 */
  error_msg?: string;
  /** 返回数据 */
  data?: CainiaoGlobalLogisticsCarrierQuerylistAeopActualCarrierResponse;
}

/** `AeopActualCarrierResponse` of `cainiao.global.logistics.carrier.querylist`. */
export interface CainiaoGlobalLogisticsCarrierQuerylistAeopActualCarrierResponse {
  /** 实际承运商 */
  courier_list?: CainiaoGlobalLogisticsCarrierQuerylistCourierlist[];
}

/** `Courierlist` of `cainiao.global.logistics.carrier.querylist`. */
export interface CainiaoGlobalLogisticsCarrierQuerylistCourierlist {
  /** 承运商名字 */
  courier_name?: string;
  /** 承运商code */
  courier_code?: string;
}

const REQUEST_SCHEMA = {
  locale: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    success: 'Boolean',
    error_code: 'String',
    error_msg: 'String',
    data: {
      courier_list: [
        {
          courier_name: 'String',
          courier_code: 'String',
        },
      ],
    },
  },
} as const satisfies ObjectSchema;

/** Static description of `cainiao.global.logistics.carrier.querylist`: method, response root, request and response schemas. */
export const cainiaoGlobalLogisticsCarrierQuerylistOperation = {
  method: 'cainiao.global.logistics.carrier.querylist',
  responseRoot: 'cainiao_global_logistics_carrier_querylist_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 实际承运商查询 — calls TOP method `cainiao.global.logistics.carrier.querylist`.
 *
 * 查询出所有的实际承运商
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function cainiaoGlobalLogisticsCarrierQuerylist(
  client: TopClient,
  request: CainiaoGlobalLogisticsCarrierQuerylistRequest = {},
  options?: CallOptions,
): Promise<CainiaoGlobalLogisticsCarrierQuerylistResponse> {
  return client.call<CainiaoGlobalLogisticsCarrierQuerylistResponse>(
    {
      method: 'cainiao.global.logistics.carrier.querylist',
      responseRoot: 'cainiao_global_logistics_carrier_querylist_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
