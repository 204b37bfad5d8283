// Generated from specs/icbu/alibaba.icbu.photobank.group.list.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.icbu.photobank.group.list` (图片银行分组信息获取). */
export interface AlibabaIcbuPhotobankGroupListRequest {
  /** 补充信息 */
  extra_context?: string | Record<string, unknown>;
  /** 查询图片分组信息，如果传入id，则获取当前分组和所有子分组信息，否则获取所有一级分组信息 */
  id?: Int64Input;
}

/** Response of `alibaba.icbu.photobank.group.list`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaIcbuPhotobankGroupListResponse {
  /** groups */
  groups?: AlibabaIcbuPhotobankGroupListPhotoAlbumGroup[];
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `PhotoAlbumGroup` of `alibaba.icbu.photobank.group.list`. */
export interface AlibabaIcbuPhotobankGroupListPhotoAlbumGroup {
  /** id */
  id?: Int64;
  /** level1 */
  level1?: Int64;
  /** level2 */
  level2?: Int64;
  /** level3 */
  level3?: Int64;
  /** name */
  name?: string;
}

const REQUEST_SCHEMA = {
  extra_context: 'Json',
  id: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  groups: [
    {
      id: 'Number',
      level1: 'Number',
      level2: 'Number',
      level3: 'Number',
      name: 'String',
    },
  ],
} as const satisfies ObjectSchema;

/** Static description of `alibaba.icbu.photobank.group.list`: method, response root, request and response schemas. */
export const alibabaIcbuPhotobankGroupListOperation = {
  method: 'alibaba.icbu.photobank.group.list',
  responseRoot: 'alibaba_icbu_photobank_group_list_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 图片银行分组信息获取 — calls TOP method `alibaba.icbu.photobank.group.list`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaIcbuPhotobankGroupList(
  client: TopClient,
  request: AlibabaIcbuPhotobankGroupListRequest = {},
  options?: CallOptions,
): Promise<AlibabaIcbuPhotobankGroupListResponse> {
  return client.call<AlibabaIcbuPhotobankGroupListResponse>(
    {
      method: 'alibaba.icbu.photobank.group.list',
      responseRoot: 'alibaba_icbu_photobank_group_list_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
