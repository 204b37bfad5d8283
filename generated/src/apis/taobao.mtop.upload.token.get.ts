// Generated from specs/mtop/taobao.mtop.upload.token.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.mtop.upload.token.get` (获取文件上传授权). */
export interface TaobaoMtopUploadTokenGetRequest {
  /** 系统自动生成 */
  param_upload_token_request?: TaobaoMtopUploadTokenGetUploadTokenRequestVInput;
}

/** Response of `taobao.mtop.upload.token.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoMtopUploadTokenGetResponse {
  /** msg */
  message?: string;
  /** code */
  code?: string;
  /** 单次上传文件块最大大小，单位 byte */
  max_body_length?: Int64;
  /** 单个文件重试上传次数 */
  max_retry_times?: Int64;
  /** 本次指定的上传文件服务器地址 */
  server_address?: string;
  /** token失效时间点 */
  timeout?: Int64;
  /** 颁发的上传令牌 */
  token?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `UploadTokenRequestV` of `taobao.mtop.upload.token.get`. */
export interface TaobaoMtopUploadTokenGetUploadTokenRequestVInput {
  /** 文件大小，单位byte */
  file_size?: Int64Input;
  /** 自定义数据 */
  private_data?: string;
  /** 上传类型：resumable 或 normal */
  upload_type?: string;
  /** 文件内容的CRC32校验和 */
  crc?: Int64Input;
  /** 客户端网络类型 wifi 或 2g 或 3g 或 cdma 或 gprs */
  client_net_type?: string;
  /** 文件名 */
  file_name?: string;
  /** 多媒体中心分配的业务码, mtopupload或其他 */
  biz_code?: string;
}

const REQUEST_SCHEMA = {
  param_upload_token_request: {
    file_size: 'Number',
    private_data: 'String',
    upload_type: 'String',
    crc: 'Number',
    client_net_type: 'String',
    file_name: 'String',
    biz_code: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  message: 'String',
  code: 'String',
  max_body_length: 'Number',
  max_retry_times: 'Number',
  server_address: 'String',
  timeout: 'Number',
  token: 'String',
} as const satisfies ObjectSchema;

/** Static description of `taobao.mtop.upload.token.get`: method, response root, request and response schemas. */
export const taobaoMtopUploadTokenGetOperation = {
  method: 'taobao.mtop.upload.token.get',
  responseRoot: 'mtop_upload_token_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 获取文件上传授权 — calls TOP method `taobao.mtop.upload.token.get`.
 *
 * 获取mtop文件上传授权
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoMtopUploadTokenGet(
  client: TopClient,
  request: TaobaoMtopUploadTokenGetRequest = {},
  options?: CallOptions,
): Promise<TaobaoMtopUploadTokenGetResponse> {
  return client.call<TaobaoMtopUploadTokenGetResponse>(
    {
      method: 'taobao.mtop.upload.token.get',
      responseRoot: 'mtop_upload_token_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
