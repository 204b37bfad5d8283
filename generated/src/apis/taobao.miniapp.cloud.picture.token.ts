// Generated from specs/media/taobao.miniapp.cloud.picture.token.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.miniapp.cloud.picture.token` (云存储上传token获取). */
export interface TaobaoMiniappCloudPictureTokenRequest {
  /** 请求参数 */
  generate_token_request: TaobaoMiniappCloudPictureTokenGenerateTokenRequestInput;
}

/** Response of `taobao.miniapp.cloud.picture.token`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoMiniappCloudPictureTokenResponse {
  /** 返回的token */
  token?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `GenerateTokenRequest` of `taobao.miniapp.cloud.picture.token`. */
export interface TaobaoMiniappCloudPictureTokenGenerateTokenRequestInput {
  /** 请求策略 */
  upload_policy?: TaobaoMiniappCloudPictureTokenUploadPolicyInput;
}

/** `UploadPolicy` of `taobao.miniapp.cloud.picture.token`. */
export interface TaobaoMiniappCloudPictureTokenUploadPolicyInput {
  /** 限制用户上传文件的大小。 若用户上传文件大小超过size_limit，无法上传成功。 */
  size_limit?: Int64Input;
  /** 限制用户上传文件的类型，多个值用；分隔。 可设置的值为：image/jpeg,image/png,image/webp等。 若用户上传文件的mime类型不在mime_limit范围内，无法上传成功。 */
  mime_limit?: string;
}

const REQUEST_SCHEMA = {
  generate_token_request: {
    upload_policy: {
      size_limit: 'Number',
      mime_limit: 'String',
    },
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  token: 'String',
} as const satisfies ObjectSchema;

/** Static description of `taobao.miniapp.cloud.picture.token`: method, response root, request and response schemas. */
export const taobaoMiniappCloudPictureTokenOperation = {
  method: 'taobao.miniapp.cloud.picture.token',
  responseRoot: 'miniapp_cloud_picture_token_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 云存储上传token获取 — calls TOP method `taobao.miniapp.cloud.picture.token`.
 *
 * 获取图片上传token，作为http://upload.cloud.tmall.com/api/proxy/upload接口上传的凭证。
 *
 * 上传的html示例代码为：
 * <form action="http://upload.cloud.tmall.com/api/proxy/upload" method="post" enctype="multipart/form-data">
 * 上传token: <input type="text" name="Authorization" value="" /><br/>
 * 上传文件:<input type="file" name="content" /><br/>
 * <input type="submit" value="Submit "/>
 * </form>
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoMiniappCloudPictureToken(
  client: TopClient,
  request: TaobaoMiniappCloudPictureTokenRequest,
  options?: CallOptions,
): Promise<TaobaoMiniappCloudPictureTokenResponse> {
  return client.call<TaobaoMiniappCloudPictureTokenResponse>(
    {
      method: 'taobao.miniapp.cloud.picture.token',
      responseRoot: 'miniapp_cloud_picture_token_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
