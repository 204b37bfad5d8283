// Generated from specs/alihouse/alibaba.alihouse.newhome.project.lottery.result.submit.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alihouse.newhome.project.lottery.result.submit` (楼盘摇号结果提交). */
export interface AlibabaAlihouseNewhomeProjectLotteryResultSubmitRequest {
  /** 摇号结果入参 */
  project_lottery_result_param?: AlibabaAlihouseNewhomeProjectLotteryResultSubmitProjectLotteryResultParamInput;
}

/** Response of `alibaba.alihouse.newhome.project.lottery.result.submit`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlihouseNewhomeProjectLotteryResultSubmitResponse {
  /** 返回结构体 */
  result?: AlibabaAlihouseNewhomeProjectLotteryResultSubmitResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ProjectLotteryResultParam` of `alibaba.alihouse.newhome.project.lottery.result.submit`. */
export interface AlibabaAlihouseNewhomeProjectLotteryResultSubmitProjectLotteryResultParamInput {
  /** 外部门店ID */
  outer_store_id?: string;
  /** 城市ID */
  city_id: Int64Input;
  /** 类型 1意向登记表 2摇号结果表 */
  type: Int64Input;
  /** 外部楼盘ID */
  outer_project_id: string;
  /** 摇号结果DTO */
  project_lottery_result_d_t_o_list?: AlibabaAlihouseNewhomeProjectLotteryResultSubmitProjectLotteryResultDTOInput[];
  /** 外部分期ID */
  outer_sales_time_id: string;
  /** 外部版本号 */
  etc_version: Int64Input;
  /** 外部摇号结果ID */
  outer_id: string;
  /** 是否删除 */
  delete_flag: boolean;
}

/** `ProjectLotteryResultDTO` of `alibaba.alihouse.newhome.project.lottery.result.submit`. */
export interface AlibabaAlihouseNewhomeProjectLotteryResultSubmitProjectLotteryResultDTOInput {
  /** 摇号编号 */
  lottery_num?: string;
  /** 摇号姓名 */
  name?: string;
  /** 选房序号 摇号结果表才有数据 */
  sort_num?: string;
  /** 身份证 */
  identity_card?: string;
}

/** `Result` of `alibaba.alihouse.newhome.project.lottery.result.submit`. */
export interface AlibabaAlihouseNewhomeProjectLotteryResultSubmitResult {
  /** 返回code */
  code?: string;
  /** 是否成功 */
  data?: boolean;
  /** 请求成功 */
  success?: boolean;
  /** 返回消息体 */
  message?: string;
}

const REQUEST_SCHEMA = {
  project_lottery_result_param: {
    outer_store_id: 'String',
    city_id: 'Number',
    type: 'Number',
    outer_project_id: 'String',
    project_lottery_result_d_t_o_list: [
      {
        lottery_num: 'String',
        name: 'String',
        sort_num: 'String',
        identity_card: 'String',
      },
    ],
    outer_sales_time_id: 'String',
    etc_version: 'Number',
    outer_id: 'String',
    delete_flag: 'Boolean',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    code: 'String',
    data: 'Boolean',
    success: 'Boolean',
    message: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.alihouse.newhome.project.lottery.result.submit`: method, response root, request and response schemas. */
export const alibabaAlihouseNewhomeProjectLotteryResultSubmitOperation = {
  method: 'alibaba.alihouse.newhome.project.lottery.result.submit',
  responseRoot: 'alibaba_alihouse_newhome_project_lottery_result_submit_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 楼盘摇号结果提交 — calls TOP method `alibaba.alihouse.newhome.project.lottery.result.submit`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlihouseNewhomeProjectLotteryResultSubmit(
  client: TopClient,
  request: AlibabaAlihouseNewhomeProjectLotteryResultSubmitRequest = {},
  options?: CallOptions,
): Promise<AlibabaAlihouseNewhomeProjectLotteryResultSubmitResponse> {
  return client.call<AlibabaAlihouseNewhomeProjectLotteryResultSubmitResponse>(
    {
      method: 'alibaba.alihouse.newhome.project.lottery.result.submit',
      responseRoot: 'alibaba_alihouse_newhome_project_lottery_result_submit_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
