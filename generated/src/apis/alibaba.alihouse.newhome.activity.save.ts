// Generated from specs/alihouse/alibaba.alihouse.newhome.activity.save.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alihouse.newhome.activity.save` (新增或者更新销售活动). */
export interface AlibabaAlihouseNewhomeActivitySaveRequest {
  /** 外部销售活动id */
  outer_sales_activity_id: string;
  /** 外部楼盘id */
  outer_project_id: string;
  /** 外部项目店id */
  outer_store_id?: string;
  /** 活动名称 */
  activity_name: string;
  /** 活动类型(1-开盘活动 2-顺销活动) */
  activity_type: Int64Input;
  /** 活动描述 */
  activity_type_desc?: string;
  /** 是否启用预存金 */
  enable_pre_deposit_gold: Int64Input;
  /** 是否启用定向客户选房功能 */
  enable_customer: Int64Input;
  /** 省名称 */
  prov?: string;
  /** 省编码 */
  prov_id?: string;
  /** 市名称 */
  city?: string;
  /** 市编码 */
  city_id?: string;
  /** 区名称 */
  area?: string;
  /** 区编码 */
  area_id?: string;
  /** 详细地址 */
  detail_address?: string;
  /** 商家须知 */
  reminder_content?: string;
  /** 是否删除 */
  is_deleted: Int64Input;
  /** 是否测试 */
  is_test: Int64Input;
}

/** Response of `alibaba.alihouse.newhome.activity.save`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlihouseNewhomeActivitySaveResponse {
  /** 接口返回model */
  result?: AlibabaAlihouseNewhomeActivitySaveResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Result` of `alibaba.alihouse.newhome.activity.save`. */
export interface AlibabaAlihouseNewhomeActivitySaveResult {
  /** 返回编码 */
  code?: string;
  /** 是否成功 */
  success?: boolean;
  /** 调用是否成功 */
  message?: string;
  /** 保存是否成功 */
  data?: boolean;
}

const REQUEST_SCHEMA = {
  outer_sales_activity_id: 'String',
  outer_project_id: 'String',
  outer_store_id: 'String',
  activity_name: 'String',
  activity_type: 'Number',
  activity_type_desc: 'String',
  enable_pre_deposit_gold: 'Number',
  enable_customer: 'Number',
  prov: 'String',
  prov_id: 'String',
  city: 'String',
  city_id: 'String',
  area: 'String',
  area_id: 'String',
  detail_address: 'String',
  reminder_content: 'String',
  is_deleted: 'Number',
  is_test: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    code: 'String',
    success: 'Boolean',
    message: 'String',
    data: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.alihouse.newhome.activity.save`: method, response root, request and response schemas. */
export const alibabaAlihouseNewhomeActivitySaveOperation = {
  method: 'alibaba.alihouse.newhome.activity.save',
  responseRoot: 'alibaba_alihouse_newhome_activity_save_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 新增或者更新销售活动 — calls TOP method `alibaba.alihouse.newhome.activity.save`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlihouseNewhomeActivitySave(
  client: TopClient,
  request: AlibabaAlihouseNewhomeActivitySaveRequest,
  options?: CallOptions,
): Promise<AlibabaAlihouseNewhomeActivitySaveResponse> {
  return client.call<AlibabaAlihouseNewhomeActivitySaveResponse>(
    {
      method: 'alibaba.alihouse.newhome.activity.save',
      responseRoot: 'alibaba_alihouse_newhome_activity_save_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
