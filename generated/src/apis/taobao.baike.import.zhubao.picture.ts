// Generated from specs/product/taobao.baike.import.zhubao.picture.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient, TopFile } from '../runtime/index.js';

/** Request params of `taobao.baike.import.zhubao.picture` (百科图片数据导入). */
export interface TaobaoBaikeImportZhubaoPictureRequest {
  /** 图片二进制数据 */
  picture: TopFile;
}

/** Response of `taobao.baike.import.zhubao.picture`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoBaikeImportZhubaoPictureResponse {
  /** result */
  result?: TaobaoBaikeImportZhubaoPictureResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Result` of `taobao.baike.import.zhubao.picture`. */
export interface TaobaoBaikeImportZhubaoPictureResult {
  /** messageCode */
  message_code?: string;
  /** message */
  message?: string;
  /** module */
  module?: string;
  /** success */
  success?: boolean;
}

const REQUEST_SCHEMA = {
  picture: 'byte[]',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    message_code: 'String',
    message: 'String',
    module: 'String',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.baike.import.zhubao.picture`: method, response root, request and response schemas. */
export const taobaoBaikeImportZhubaoPictureOperation = {
  method: 'taobao.baike.import.zhubao.picture',
  responseRoot: 'baike_import_zhubao_picture_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 百科图片数据导入 — calls TOP method `taobao.baike.import.zhubao.picture`.
 *
 * 用于接入外部--图片--录入到商品百科中
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoBaikeImportZhubaoPicture(
  client: TopClient,
  request: TaobaoBaikeImportZhubaoPictureRequest,
  options?: CallOptions,
): Promise<TaobaoBaikeImportZhubaoPictureResponse> {
  return client.call<TaobaoBaikeImportZhubaoPictureResponse>(
    {
      method: 'taobao.baike.import.zhubao.picture',
      responseRoot: 'baike_import_zhubao_picture_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
