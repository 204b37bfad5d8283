// Generated from specs/nrpos/alibaba.mos.commdy.offline.getfileurl.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.mos.commdy.offline.getfileurl` (去前置机pos商品离线文件下载地址查询接口). */
export interface AlibabaMosCommdyOfflineGetfileurlRequest {
  /**
   * 离线文件名称
   *
   * Max list size: 20
   */
  file_keys: string[];
}

/** Response of `alibaba.mos.commdy.offline.getfileurl`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaMosCommdyOfflineGetfileurlResponse {
  /** 返回结果 */
  result?: AlibabaMosCommdyOfflineGetfileurlResultDo;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ResultDo` of `alibaba.mos.commdy.offline.getfileurl`. */
export interface AlibabaMosCommdyOfflineGetfileurlResultDo {
  /** 返回头 */
  headers?: string;
  /** null */
  mapping_code?: string;
  /** 返回结果合集 */
  datas?: AlibabaMosCommdyOfflineGetfileurlOfflineFileDto[];
  /** http请求返回码 */
  http_status_code?: Int64;
  /** null */
  biz_ext_map?: string;
  /** 业务返回码 */
  msg_code?: string;
  /** 业务返回信息 */
  msg_info?: string;
  /** 调用是否成功 */
  success?: boolean;
}

/** `OfflineFileDto` of `alibaba.mos.commdy.offline.getfileurl`. */
export interface AlibabaMosCommdyOfflineGetfileurlOfflineFileDto {
  /** 文件名称 */
  file_key?: string;
  /** 文件下载地址 */
  url?: string;
}

const REQUEST_SCHEMA = {
  file_keys: ['String'],
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    headers: 'String',
    mapping_code: 'String',
    datas: [
      {
        file_key: 'String',
        url: 'String',
      },
    ],
    http_status_code: 'Number',
    biz_ext_map: 'String',
    msg_code: 'String',
    msg_info: 'String',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.mos.commdy.offline.getfileurl`: method, response root, request and response schemas. */
export const alibabaMosCommdyOfflineGetfileurlOperation = {
  method: 'alibaba.mos.commdy.offline.getfileurl',
  responseRoot: 'alibaba_mos_commdy_offline_getfileurl_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 去前置机pos商品离线文件下载地址查询接口 — calls TOP method `alibaba.mos.commdy.offline.getfileurl`.
 *
 * 去前置机-pos查询离线文件下载地址接口
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaMosCommdyOfflineGetfileurl(
  client: TopClient,
  request: AlibabaMosCommdyOfflineGetfileurlRequest,
  options?: CallOptions,
): Promise<AlibabaMosCommdyOfflineGetfileurlResponse> {
  return client.call<AlibabaMosCommdyOfflineGetfileurlResponse>(
    {
      method: 'alibaba.mos.commdy.offline.getfileurl',
      responseRoot: 'alibaba_mos_commdy_offline_getfileurl_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
