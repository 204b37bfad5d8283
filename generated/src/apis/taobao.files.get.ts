// Generated from specs/util/taobao.files.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, DateInput, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.files.get` (业务文件获取). */
export interface TaobaoFilesGetRequest {
  /** 下载链接状态。1:未下载。2:已下载 */
  status?: Int64Input;
  /** 搜索开始时间 */
  start_date: DateInput;
  /** 搜索结束时间 */
  end_date: DateInput;
}

/** Response of `taobao.files.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoFilesGetResponse {
  /** results */
  results?: TaobaoFilesGetTopDownloadRecordDo[];
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `TopDownloadRecordDo` of `taobao.files.get`. */
export interface TaobaoFilesGetTopDownloadRecordDo {
  /** 下载链接 */
  url?: string;
  /** 文件创建时间 */
  created?: string;
  /** 下载链接状态。1:未下载。2:已下载 */
  status?: Int64;
}

const REQUEST_SCHEMA = {
  status: 'Number',
  start_date: 'Date',
  end_date: 'Date',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  results: [
    {
      url: 'String',
      created: 'Date',
      status: 'Number',
    },
  ],
} as const satisfies ObjectSchema;

/** Static description of `taobao.files.get`: method, response root, request and response schemas. */
export const taobaoFilesGetOperation = {
  method: 'taobao.files.get',
  responseRoot: 'files_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 业务文件获取 — calls TOP method `taobao.files.get`.
 *
 * 获取业务方暂存给ISV的文件列表
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoFilesGet(
  client: TopClient,
  request: TaobaoFilesGetRequest,
  options?: CallOptions,
): Promise<TaobaoFilesGetResponse> {
  return client.call<TaobaoFilesGetResponse>(
    {
      method: 'taobao.files.get',
      responseRoot: 'files_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
