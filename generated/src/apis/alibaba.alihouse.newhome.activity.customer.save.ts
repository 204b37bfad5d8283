// Generated from specs/alihouse/alibaba.alihouse.newhome.activity.customer.save.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alihouse.newhome.activity.customer.save` (销售活动批量保存定向用户). */
export interface AlibabaAlihouseNewhomeActivityCustomerSaveRequest {
  /** 保存属性 */
  activity_customer_save_dto?: AlibabaAlihouseNewhomeActivityCustomerSaveActivityCustomerSaveDTOInput;
}

/** Response of `alibaba.alihouse.newhome.activity.customer.save`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlihouseNewhomeActivityCustomerSaveResponse {
  /** 返回报文属性 */
  result?: AlibabaAlihouseNewhomeActivityCustomerSaveResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ActivityCustomerSaveDTO` of `alibaba.alihouse.newhome.activity.customer.save`. */
export interface AlibabaAlihouseNewhomeActivityCustomerSaveActivityCustomerSaveDTOInput {
  /** 外部项目店id */
  outer_store_id?: string;
  /** 客户信息集合 */
  customer_infos: AlibabaAlihouseNewhomeActivityCustomerSaveActivityCustomerInfoDTOInput[];
  /** 外部销售活动id */
  outer_sales_activity_id: string;
  /** 请求时间版本 */
  version?: Int64Input;
  /** 外部楼盘id */
  outer_project_id: string;
}

/** `ActivityCustomerInfoDTO` of `alibaba.alihouse.newhome.activity.customer.save`. */
export interface AlibabaAlihouseNewhomeActivityCustomerSaveActivityCustomerInfoDTOInput {
  /** 团队名称 */
  team_name?: string;
  /** 顾问名称 */
  employee_name?: string;
  /** 客户身份证 */
  customer_cert_no: string;
  /** 是否删除 */
  is_deleted: Int64Input;
  /** 外部顾问员工id */
  outer_employee_id?: string;
  /** 客户姓名 */
  customer_mobile: string;
  /** 客户手机号 */
  customer_name: string;
  /** 外部客户id */
  outer_customer_id: string;
}

/** `Result` of `alibaba.alihouse.newhome.activity.customer.save`. */
export interface AlibabaAlihouseNewhomeActivityCustomerSaveResult {
  /** code */
  code?: string;
  /** 处理失败客户集合 */
  data?: AlibabaAlihouseNewhomeActivityCustomerSaveActivityCustomerErrHandlerResultDTO[];
  /** 调用是否成功 */
  success?: boolean;
  /** 消息 */
  message?: string;
}

/** `ActivityCustomerErrHandlerResultDTO` of `alibaba.alihouse.newhome.activity.customer.save`. */
export interface AlibabaAlihouseNewhomeActivityCustomerSaveActivityCustomerErrHandlerResultDTO {
  /** 外部客户id */
  outer_customer_id?: string;
  /** 是否删除 */
  is_deleted?: Int64;
  /** 错误原因 */
  fail_reason?: string;
}

const REQUEST_SCHEMA = {
  activity_customer_save_dto: {
    outer_store_id: 'String',
    customer_infos: [
      {
        team_name: 'String',
        employee_name: 'String',
        customer_cert_no: 'String',
        is_deleted: 'Number',
        outer_employee_id: 'String',
        customer_mobile: 'String',
        customer_name: 'String',
        outer_customer_id: 'String',
      },
    ],
    outer_sales_activity_id: 'String',
    version: 'Number',
    outer_project_id: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    code: 'String',
    data: [
      {
        outer_customer_id: 'String',
        is_deleted: 'Number',
        fail_reason: 'String',
      },
    ],
    success: 'Boolean',
    message: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.alihouse.newhome.activity.customer.save`: method, response root, request and response schemas. */
export const alibabaAlihouseNewhomeActivityCustomerSaveOperation = {
  method: 'alibaba.alihouse.newhome.activity.customer.save',
  responseRoot: 'alibaba_alihouse_newhome_activity_customer_save_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 销售活动批量保存定向用户 — calls TOP method `alibaba.alihouse.newhome.activity.customer.save`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlihouseNewhomeActivityCustomerSave(
  client: TopClient,
  request: AlibabaAlihouseNewhomeActivityCustomerSaveRequest = {},
  options?: CallOptions,
): Promise<AlibabaAlihouseNewhomeActivityCustomerSaveResponse> {
  return client.call<AlibabaAlihouseNewhomeActivityCustomerSaveResponse>(
    {
      method: 'alibaba.alihouse.newhome.activity.customer.save',
      responseRoot: 'alibaba_alihouse_newhome_activity_customer_save_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
