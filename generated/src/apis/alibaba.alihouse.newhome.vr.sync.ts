// Generated from specs/alihouse/alibaba.alihouse.newhome.vr.sync.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alihouse.newhome.vr.sync` (VR关系数据同步). */
export interface AlibabaAlihouseNewhomeVrSyncRequest {
  /** VR提取码 */
  extracted_code?: string;
  /** 户型ID */
  layout_info_id?: string;
  /** 是否生效 */
  is_valid?: string;
  /** 封面图 */
  cover_image?: string;
  /** vr展示链接 */
  vr_url?: string;
  /** 营销户型图 */
  marking_layout_img?: string;
  /** 是否是单层 1 是 0 否 */
  is_single_layout?: Int64Input;
}

/** Response of `alibaba.alihouse.newhome.vr.sync`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlihouseNewhomeVrSyncResponse {
  /** 接口返回model */
  result?: AlibabaAlihouseNewhomeVrSyncResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Result` of `alibaba.alihouse.newhome.vr.sync`. */
export interface AlibabaAlihouseNewhomeVrSyncResult {
  /** message */
  message?: string;
  /** code */
  code?: string;
  /** 户型ID */
  data?: string;
  /** 是否成功 */
  success?: boolean;
}

const REQUEST_SCHEMA = {
  extracted_code: 'String',
  layout_info_id: 'String',
  is_valid: 'String',
  cover_image: 'String',
  vr_url: 'String',
  marking_layout_img: 'String',
  is_single_layout: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    message: 'String',
    code: 'String',
    data: 'String',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.alihouse.newhome.vr.sync`: method, response root, request and response schemas. */
export const alibabaAlihouseNewhomeVrSyncOperation = {
  method: 'alibaba.alihouse.newhome.vr.sync',
  responseRoot: 'alibaba_alihouse_newhome_vr_sync_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * VR关系数据同步 — calls TOP method `alibaba.alihouse.newhome.vr.sync`.
 *
 * 对接易居VR关系数据迁移
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlihouseNewhomeVrSync(
  client: TopClient,
  request: AlibabaAlihouseNewhomeVrSyncRequest = {},
  options?: CallOptions,
): Promise<AlibabaAlihouseNewhomeVrSyncResponse> {
  return client.call<AlibabaAlihouseNewhomeVrSyncResponse>(
    {
      method: 'alibaba.alihouse.newhome.vr.sync',
      responseRoot: 'alibaba_alihouse_newhome_vr_sync_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
