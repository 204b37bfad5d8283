// Generated from specs/tmallcar/tmall.aliauto.meta.receive.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `tmall.aliauto.meta.receive` (汽车说明书元数据上传). */
export interface TmallAliautoMetaReceiveRequest {
  /** 元数据参数集 */
  command?: TmallAliautoMetaReceiveResourceMetaCommandInput;
}

/** Response of `tmall.aliauto.meta.receive`: TOP returns only requested, non-null fields, so all are optional. */
export interface TmallAliautoMetaReceiveResponse {
  /** 接口返回model */
  result?: TmallAliautoMetaReceiveResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ResourceMetaCommand` of `tmall.aliauto.meta.receive`. */
export interface TmallAliautoMetaReceiveResourceMetaCommandInput {
  /** 摘要 */
  summary?: string;
  /** 资源id */
  resource_id?: Int64Input;
  /** 外部车系id */
  out_series_id?: Int64Input;
  /** 分组id */
  group_id?: Int64Input;
  /** 外部车型id */
  out_model_id?: Int64Input;
  /** 扩展字段 */
  extension_field?: string;
  /** 标题 */
  title?: string;
  /** 来源 */
  from_source?: string;
  /** 资源类型 */
  resource_type?: string;
  /** 资源附属信息 */
  resource_options?: string;
}

/** `Result` of `tmall.aliauto.meta.receive`. */
export interface TmallAliautoMetaReceiveResult {
  /** data */
  data?: string;
  /** 是否成功 */
  success?: boolean;
  /** 错误信息 */
  error_message?: string;
  /** 错误码 */
  error_code?: string;
}

const REQUEST_SCHEMA = {
  command: {
    summary: 'String',
    resource_id: 'Number',
    out_series_id: 'Number',
    group_id: 'Number',
    out_model_id: 'Number',
    extension_field: 'String',
    title: 'String',
    from_source: 'String',
    resource_type: 'String',
    resource_options: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    data: 'String',
    success: 'Boolean',
    error_message: 'String',
    error_code: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `tmall.aliauto.meta.receive`: method, response root, request and response schemas. */
export const tmallAliautoMetaReceiveOperation = {
  method: 'tmall.aliauto.meta.receive',
  responseRoot: 'tmall_aliauto_meta_receive_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 汽车说明书元数据上传 — calls TOP method `tmall.aliauto.meta.receive`.
 *
 * 天猫汽车对外提供的汽车资源元数据上传接口
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function tmallAliautoMetaReceive(
  client: TopClient,
  request: TmallAliautoMetaReceiveRequest = {},
  options?: CallOptions,
): Promise<TmallAliautoMetaReceiveResponse> {
  return client.call<TmallAliautoMetaReceiveResponse>(
    {
      method: 'tmall.aliauto.meta.receive',
      responseRoot: 'tmall_aliauto_meta_receive_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
