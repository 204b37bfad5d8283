// Generated from specs/alsc/alibaba.alsc.growth.interactive.sns.converturl.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alsc.growth.interactive.sns.converturl` (防封接口). */
export interface AlibabaAlscGrowthInteractiveSnsConverturlRequest {
  /** 入参 */
  param: AlibabaAlscGrowthInteractiveSnsConverturlFcUrlRequestInput;
}

/** Response of `alibaba.alsc.growth.interactive.sns.converturl`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlscGrowthInteractiveSnsConverturlResponse {
  /** 响应 */
  result?: AlibabaAlscGrowthInteractiveSnsConverturlBaseResponse;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `FcUrlRequest` of `alibaba.alsc.growth.interactive.sns.converturl`. */
export interface AlibabaAlscGrowthInteractiveSnsConverturlFcUrlRequestInput {
  /** 链接 */
  replace_url: string;
  /** 用户id */
  tb_user_id: string;
  /** 业务场景 */
  biz_scene: string;
}

/** `BaseResponse` of `alibaba.alsc.growth.interactive.sns.converturl`. */
export interface AlibabaAlscGrowthInteractiveSnsConverturlBaseResponse {
  /** 是否成功 */
  success?: boolean;
  /** 编码 */
  code?: string;
  /** msg提示 */
  msg?: string;
  /** 返回数据 */
  data?: AlibabaAlscGrowthInteractiveSnsConverturlFcUrlDTO;
}

/** `FcUrlDTO` of `alibaba.alsc.growth.interactive.sns.converturl`. */
export interface AlibabaAlscGrowthInteractiveSnsConverturlFcUrlDTO {
  /** 返回url */
  replace_url?: string;
}

const REQUEST_SCHEMA = {
  param: {
    replace_url: 'String',
    tb_user_id: 'String',
    biz_scene: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    success: 'Boolean',
    code: 'String',
    msg: 'String',
    data: {
      replace_url: 'String',
    },
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.alsc.growth.interactive.sns.converturl`: method, response root, request and response schemas. */
export const alibabaAlscGrowthInteractiveSnsConverturlOperation = {
  method: 'alibaba.alsc.growth.interactive.sns.converturl',
  responseRoot: 'alibaba_alsc_growth_interactive_sns_converturl_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 防封接口 — calls TOP method `alibaba.alsc.growth.interactive.sns.converturl`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlscGrowthInteractiveSnsConverturl(
  client: TopClient,
  request: AlibabaAlscGrowthInteractiveSnsConverturlRequest,
  options?: CallOptions,
): Promise<AlibabaAlscGrowthInteractiveSnsConverturlResponse> {
  return client.call<AlibabaAlscGrowthInteractiveSnsConverturlResponse>(
    {
      method: 'alibaba.alsc.growth.interactive.sns.converturl',
      responseRoot: 'alibaba_alsc_growth_interactive_sns_converturl_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
