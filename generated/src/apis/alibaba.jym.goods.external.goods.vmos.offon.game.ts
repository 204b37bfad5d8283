// Generated from specs/jym/alibaba.jym.goods.external.goods.vmos.offon.game.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.jym.goods.external.goods.vmos.offon.game` (基于游戏id临时上下架智能发布入口). */
export interface AlibabaJymGoodsExternalGoodsVmosOffonGameRequest {
  /** 所需要下架的游戏ID值 */
  game_id: Int64Input;
  /** offGame是否下架游戏，true代表下架，false代表上架 */
  off_game: boolean;
}

/** Response of `alibaba.jym.goods.external.goods.vmos.offon.game`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaJymGoodsExternalGoodsVmosOffonGameResponse {
  /** 代表调用成功 */
  succeed?: boolean;
  /** 状态码 */
  state_code?: string;
  /** 错误信息 */
  extra_err_msg?: string;
  /** 调用结果描述 */
  result?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  game_id: 'Number',
  off_game: 'Boolean',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  succeed: 'Boolean',
  state_code: 'String',
  extra_err_msg: 'String',
  result: 'String',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.jym.goods.external.goods.vmos.offon.game`: method, response root, request and response schemas. */
export const alibabaJymGoodsExternalGoodsVmosOffonGameOperation = {
  method: 'alibaba.jym.goods.external.goods.vmos.offon.game',
  responseRoot: 'alibaba_jym_goods_external_goods_vmos_offon_game_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 基于游戏id临时上下架智能发布入口 — calls TOP method `alibaba.jym.goods.external.goods.vmos.offon.game`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaJymGoodsExternalGoodsVmosOffonGame(
  client: TopClient,
  request: AlibabaJymGoodsExternalGoodsVmosOffonGameRequest,
  options?: CallOptions,
): Promise<AlibabaJymGoodsExternalGoodsVmosOffonGameResponse> {
  return client.call<AlibabaJymGoodsExternalGoodsVmosOffonGameResponse>(
    {
      method: 'alibaba.jym.goods.external.goods.vmos.offon.game',
      responseRoot: 'alibaba_jym_goods_external_goods_vmos_offon_game_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
