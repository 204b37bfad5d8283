// Generated from specs/alihouse/alibaba.alihouse.category.control.sync.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alihouse.category.control.sync` (类目权限上翻). */
export interface AlibabaAlihouseCategoryControlSyncRequest {
  /** 入参 */
  category_control_dto?: AlibabaAlihouseCategoryControlSyncCategoryControlDTOInput;
}

/** Response of `alibaba.alihouse.category.control.sync`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlihouseCategoryControlSyncResponse {
  /** code */
  return_code?: string;
  /** list */
  data?: AlibabaAlihouseCategoryControlSyncCategoryControlResultDTO[];
  /** success */
  return_success?: boolean;
  /** message */
  return_message?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `CategoryControlDTO` of `alibaba.alihouse.category.control.sync`. */
export interface AlibabaAlihouseCategoryControlSyncCategoryControlDTOInput {
  /** 外部id */
  outer_target_id: string;
  /** 三级类目列表 */
  third_category?: Int64Input[];
  /** 二级类目列表 */
  second_category?: Int64Input[];
  /** 是否测试 */
  is_test: Int64Input;
  /** 操作类型 0-删除 1-新增 */
  operate_type: Int64Input;
  /** 类型 1-门店 2-经纪人 */
  target_type: Int64Input;
  /** 1 */
  outer_store_id?: string;
}

/** `CategoryControlResultDTO` of `alibaba.alihouse.category.control.sync`. */
export interface AlibabaAlihouseCategoryControlSyncCategoryControlResultDTO {
  /** 类目id */
  category_id?: Int64;
  /** 原因 */
  reason?: string;
}

const REQUEST_SCHEMA = {
  category_control_dto: {
    outer_target_id: 'String',
    third_category: ['Number'],
    second_category: ['Number'],
    is_test: 'Number',
    operate_type: 'Number',
    target_type: 'Number',
    outer_store_id: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  return_code: 'String',
  data: [
    {
      category_id: 'Number',
      reason: 'String',
    },
  ],
  return_success: 'Boolean',
  return_message: 'String',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.alihouse.category.control.sync`: method, response root, request and response schemas. */
export const alibabaAlihouseCategoryControlSyncOperation = {
  method: 'alibaba.alihouse.category.control.sync',
  responseRoot: 'alibaba_alihouse_category_control_sync_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 类目权限上翻 — calls TOP method `alibaba.alihouse.category.control.sync`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlihouseCategoryControlSync(
  client: TopClient,
  request: AlibabaAlihouseCategoryControlSyncRequest = {},
  options?: CallOptions,
): Promise<AlibabaAlihouseCategoryControlSyncResponse> {
  return client.call<AlibabaAlihouseCategoryControlSyncResponse>(
    {
      method: 'alibaba.alihouse.category.control.sync',
      responseRoot: 'alibaba_alihouse_category_control_sync_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
