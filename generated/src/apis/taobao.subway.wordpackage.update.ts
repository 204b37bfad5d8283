// Generated from specs/simba/taobao.subway.wordpackage.update.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.subway.wordpackage.update` (批量更新词包). */
export interface TaobaoSubwayWordpackageUpdateRequest {
  /** 主人昵称 */
  nick: string;
  /** 推广组Id */
  adgroup_id: Int64Input;
  /**
   * 词包列表
   *
   * Max list size: 999
   */
  word_package_d_t_o_s: TaobaoSubwayWordpackageUpdateItemWordPackageDtoInput[];
}

/** Response of `taobao.subway.wordpackage.update`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoSubwayWordpackageUpdateResponse {
  /** 接口返回model */
  result?: TaobaoSubwayWordpackageUpdateResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ItemWordPackageDto` of `taobao.subway.wordpackage.update`. */
export interface TaobaoSubwayWordpackageUpdateItemWordPackageDtoInput {
  /** 词包id（1-流量智选，2-捡漏词包） */
  word_package_id: Int64Input;
  /** 开/关词包（0-关闭，1-开启） */
  online_status?: Int64Input;
  /** pc端出价（单位为分） */
  pc_bid_price?: Int64Input;
  /** 词包类型（1-流量智选， 19-捡漏词包） */
  package_type?: Int64Input;
  /** 词包名称（可选：流量智选词包、捡漏词包） */
  word_package_name?: string;
  /** 无线端出价（单位为分） */
  wl_bid_price?: Int64Input;
}

/** `Result` of `taobao.subway.wordpackage.update`. */
export interface TaobaoSubwayWordpackageUpdateResult {
  /** 更新数目 */
  result?: Int64;
}

const REQUEST_SCHEMA = {
  nick: 'String',
  adgroup_id: 'Number',
  word_package_d_t_o_s: [
    {
      word_package_id: 'Number',
      online_status: 'Number',
      pc_bid_price: 'Number',
      package_type: 'Number',
      word_package_name: 'String',
      wl_bid_price: 'Number',
    },
  ],
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    result: 'Number',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.subway.wordpackage.update`: method, response root, request and response schemas. */
export const taobaoSubwayWordpackageUpdateOperation = {
  method: 'taobao.subway.wordpackage.update',
  responseRoot: 'subway_wordpackage_update_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 批量更新词包 — calls TOP method `taobao.subway.wordpackage.update`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoSubwayWordpackageUpdate(
  client: TopClient,
  request: TaobaoSubwayWordpackageUpdateRequest,
  options?: CallOptions,
): Promise<TaobaoSubwayWordpackageUpdateResponse> {
  return client.call<TaobaoSubwayWordpackageUpdateResponse>(
    {
      method: 'taobao.subway.wordpackage.update',
      responseRoot: 'subway_wordpackage_update_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
