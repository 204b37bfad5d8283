// Generated from specs/icbu/alibaba.icbu.photobank.group.operate.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.icbu.photobank.group.operate` (图片银行分组操作接口). */
export interface AlibabaIcbuPhotobankGroupOperateRequest {
  /** 图片分组操作请求对象 */
  photo_group_operation_request?: AlibabaIcbuPhotobankGroupOperatePhotoGroupOperationRequestInput;
}

/** Response of `alibaba.icbu.photobank.group.operate`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaIcbuPhotobankGroupOperateResponse {
  /** 接口返回的数据结果 */
  photo_group_result?: AlibabaIcbuPhotobankGroupOperatePhotoGroupResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `PhotoGroupOperationRequest` of `alibaba.icbu.photobank.group.operate`. */
export interface AlibabaIcbuPhotobankGroupOperatePhotoGroupOperationRequestInput {
  /** add操作中表示新增的分组名，rename操作中表示重命名后的分组名，delete操作不填 */
  group_name?: string;
  /** add操作中表示新增分组的父分组id，delete操作和rename操作表示要操作的分组id */
  group_id?: Int64Input;
  /** add表示新增分组，delete表示删除分组，rename表示重命名分组 */
  operation?: string;
}

/** `PhotoGroupResult` of `alibaba.icbu.photobank.group.operate`. */
export interface AlibabaIcbuPhotobankGroupOperatePhotoGroupResult {
  /** add操作中表示新增的图片分组，rename操作中表示重命名的分组，delete操作中返回分组信息 */
  photobank_group?: AlibabaIcbuPhotobankGroupOperatePhotobankGroup;
}

/** `PhotobankGroup` of `alibaba.icbu.photobank.group.operate`. */
export interface AlibabaIcbuPhotobankGroupOperatePhotobankGroup {
  /** level3 */
  level3?: Int64;
  /** level2 */
  level2?: Int64;
  /** level1 */
  level1?: Int64;
  /** 分组名字 */
  name?: string;
  /** 分组id */
  id?: Int64;
}

const REQUEST_SCHEMA = {
  photo_group_operation_request: {
    group_name: 'String',
    group_id: 'Number',
    operation: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  photo_group_result: {
    photobank_group: {
      level3: 'Number',
      level2: 'Number',
      level1: 'Number',
      name: 'String',
      id: 'Number',
    },
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.icbu.photobank.group.operate`: method, response root, request and response schemas. */
export const alibabaIcbuPhotobankGroupOperateOperation = {
  method: 'alibaba.icbu.photobank.group.operate',
  responseRoot: 'alibaba_icbu_photobank_group_operate_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 图片银行分组操作接口 — calls TOP method `alibaba.icbu.photobank.group.operate`.
 *
 * 修改用户图片银行的分组信息，包括 新增分组，删除分组，分组重命名
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaIcbuPhotobankGroupOperate(
  client: TopClient,
  request: AlibabaIcbuPhotobankGroupOperateRequest = {},
  options?: CallOptions,
): Promise<AlibabaIcbuPhotobankGroupOperateResponse> {
  return client.call<AlibabaIcbuPhotobankGroupOperateResponse>(
    {
      method: 'alibaba.icbu.photobank.group.operate',
      responseRoot: 'alibaba_icbu_photobank_group_operate_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
