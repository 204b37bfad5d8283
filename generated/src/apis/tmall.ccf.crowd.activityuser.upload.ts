// Generated from specs/promotion/tmall.ccf.crowd.activityuser.upload.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `tmall.ccf.crowd.activityuser.upload` (品牌营销活动用户上传). */
export interface TmallCcfCrowdActivityuserUploadRequest {
  /** 活动id */
  activity_id: Int64Input;
  /**
   * 人群类型
   *
   * Max list size: 100
   */
  crowd_types: string[];
  /** 淘宝小程序的openid */
  taobao_open_id: string;
  /** 小程序对应的appKey */
  taobao_app_key: string;
}

/** Response of `tmall.ccf.crowd.activityuser.upload`: TOP returns only requested, non-null fields, so all are optional. */
export interface TmallCcfCrowdActivityuserUploadResponse {
  /** 返回结果 */
  data?: boolean;
  /** 错误码 */
  e_code?: string;
  /** 错误信息 */
  e_msg?: string;
  /** 是否失败 */
  failed?: boolean;
  /** 是否成功 */
  suc?: boolean;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  activity_id: 'Number',
  crowd_types: ['String'],
  taobao_open_id: 'String',
  taobao_app_key: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  data: 'Boolean',
  e_code: 'String',
  e_msg: 'String',
  failed: 'Boolean',
  suc: 'Boolean',
} as const satisfies ObjectSchema;

/** Static description of `tmall.ccf.crowd.activityuser.upload`: method, response root, request and response schemas. */
export const tmallCcfCrowdActivityuserUploadOperation = {
  method: 'tmall.ccf.crowd.activityuser.upload',
  responseRoot: 'tmall_ccf_crowd_activityuser_upload_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 品牌营销活动用户上传 — calls TOP method `tmall.ccf.crowd.activityuser.upload`.
 *
 * 搜集ISV的活动用户信息，将其沉淀为活动人群数据
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function tmallCcfCrowdActivityuserUpload(
  client: TopClient,
  request: TmallCcfCrowdActivityuserUploadRequest,
  options?: CallOptions,
): Promise<TmallCcfCrowdActivityuserUploadResponse> {
  return client.call<TmallCcfCrowdActivityuserUploadResponse>(
    {
      method: 'tmall.ccf.crowd.activityuser.upload',
      responseRoot: 'tmall_ccf_crowd_activityuser_upload_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
