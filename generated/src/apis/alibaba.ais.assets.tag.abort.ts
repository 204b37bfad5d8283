// Generated from specs/util/alibaba.ais.assets.tag.abort.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.ais.assets.tag.abort` (基础设施资产标签废弃). */
export interface AlibabaAisAssetsTagAbortRequest {
  /** 请求资产信息 */
  request_param: string;
}

/** Response of `alibaba.ais.assets.tag.abort`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAisAssetsTagAbortResponse {
  /** 最外层结果 */
  result?: AlibabaAisAssetsTagAbortBaseRep;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `BaseRep` of `alibaba.ais.assets.tag.abort`. */
export interface AlibabaAisAssetsTagAbortBaseRep {
  /** 返回错误消息 */
  msg?: string;
  /** 返回错误code */
  code?: string;
  /** 返回结果 */
  data?: boolean;
}

const REQUEST_SCHEMA = {
  request_param: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    msg: 'String',
    code: 'String',
    data: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.ais.assets.tag.abort`: method, response root, request and response schemas. */
export const alibabaAisAssetsTagAbortOperation = {
  method: 'alibaba.ais.assets.tag.abort',
  responseRoot: 'alibaba_ais_assets_tag_abort_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 基础设施资产标签废弃 — calls TOP method `alibaba.ais.assets.tag.abort`.
 *
 * 提供浪潮，英业达等厂商供应阿里巴巴基础设施资产的标签QR code未使用的废弃
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAisAssetsTagAbort(
  client: TopClient,
  request: AlibabaAisAssetsTagAbortRequest,
  options?: CallOptions,
): Promise<AlibabaAisAssetsTagAbortResponse> {
  return client.call<AlibabaAisAssetsTagAbortResponse>(
    {
      method: 'alibaba.ais.assets.tag.abort',
      responseRoot: 'alibaba_ais_assets_tag_abort_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
