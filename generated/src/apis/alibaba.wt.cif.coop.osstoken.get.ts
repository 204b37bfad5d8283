// Generated from specs/alicom/alibaba.wt.cif.coop.osstoken.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.wt.cif.coop.osstoken.get` (获取oss签名接口). */
export interface AlibabaWtCifCoopOsstokenGetRequest {
  /** 调用方的应用名 */
  app_name?: string;
  /** 系统分配的source */
  source?: string;
  /** 系统分配的biz */
  biz?: string;
}

/** Response of `alibaba.wt.cif.coop.osstoken.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaWtCifCoopOsstokenGetResponse {
  /** result */
  result?: AlibabaWtCifCoopOsstokenGetCommonResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `CommonResult` of `alibaba.wt.cif.coop.osstoken.get`. */
export interface AlibabaWtCifCoopOsstokenGetCommonResult {
  /** model */
  model?: AlibabaWtCifCoopOsstokenGetOssTokenResponse;
  /** desc */
  desc?: string;
  /** msgCode */
  msg_code?: string;
  /** msgInfo */
  msg_info?: string;
  /** code */
  code?: string;
  /** 成功 */
  success?: boolean;
}

/** `OssTokenResponse` of `alibaba.wt.cif.coop.osstoken.get`. */
export interface AlibabaWtCifCoopOsstokenGetOssTokenResponse {
  /** 失效时间 */
  expiration?: string;
  /** token */
  security_token?: string;
  /** accessKeySecret */
  access_key_secret?: string;
  /** accessKeyId */
  access_key_id?: string;
  /** status */
  status?: string;
}

const REQUEST_SCHEMA = {
  app_name: 'String',
  source: 'String',
  biz: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    model: {
      expiration: 'String',
      security_token: 'String',
      access_key_secret: 'String',
      access_key_id: 'String',
      status: 'String',
    },
    desc: 'String',
    msg_code: 'String',
    msg_info: 'String',
    code: 'String',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.wt.cif.coop.osstoken.get`: method, response root, request and response schemas. */
export const alibabaWtCifCoopOsstokenGetOperation = {
  method: 'alibaba.wt.cif.coop.osstoken.get',
  responseRoot: 'alibaba_wt_cif_coop_osstoken_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 获取oss签名接口 — calls TOP method `alibaba.wt.cif.coop.osstoken.get`.
 *
 * 商家合作上传oss图片获取token接口
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaWtCifCoopOsstokenGet(
  client: TopClient,
  request: AlibabaWtCifCoopOsstokenGetRequest = {},
  options?: CallOptions,
): Promise<AlibabaWtCifCoopOsstokenGetResponse> {
  return client.call<AlibabaWtCifCoopOsstokenGetResponse>(
    {
      method: 'alibaba.wt.cif.coop.osstoken.get',
      responseRoot: 'alibaba_wt_cif_coop_osstoken_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
