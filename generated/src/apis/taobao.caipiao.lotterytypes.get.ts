// Generated from specs/caipiao/taobao.caipiao.lotterytypes.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.caipiao.lotterytypes.get` (获取可用的彩种列表). */
export interface TaobaoCaipiaoLotterytypesGetRequest {}

/** Response of `taobao.caipiao.lotterytypes.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoCaipiaoLotterytypesGetResponse {
  /** 彩种的数据结构 */
  results?: TaobaoCaipiaoLotterytypesGetLotteryType[];
  /** 彩种个数 */
  total_results?: Int64;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `LotteryType` of `taobao.caipiao.lotterytypes.get`. */
export interface TaobaoCaipiaoLotterytypesGetLotteryType {
  /** 彩种ID */
  id?: Int64;
  /** 彩种名称 */
  name?: string;
}

const REQUEST_SCHEMA = {} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  results: [
    {
      id: 'Number',
      name: 'String',
    },
  ],
  total_results: 'Number',
} as const satisfies ObjectSchema;

/** Static description of `taobao.caipiao.lotterytypes.get`: method, response root, request and response schemas. */
export const taobaoCaipiaoLotterytypesGetOperation = {
  method: 'taobao.caipiao.lotterytypes.get',
  responseRoot: 'caipiao_lotterytypes_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 获取可用的彩种列表 — calls TOP method `taobao.caipiao.lotterytypes.get`.
 *
 * 获取彩票系统支持的可用于赠送的彩种列表
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoCaipiaoLotterytypesGet(
  client: TopClient,
  request: TaobaoCaipiaoLotterytypesGetRequest = {},
  options?: CallOptions,
): Promise<TaobaoCaipiaoLotterytypesGetResponse> {
  return client.call<TaobaoCaipiaoLotterytypesGetResponse>(
    {
      method: 'taobao.caipiao.lotterytypes.get',
      responseRoot: 'caipiao_lotterytypes_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
