// Generated from specs/alihouse/alibaba.alihouse.project.activity.sync.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, DateInput, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alihouse.project.activity.sync` (电商券数据同步). */
export interface AlibabaAlihouseProjectActivitySyncRequest {
  /** 数据 */
  business_activity_data_dto: AlibabaAlihouseProjectActivitySyncBusinessActivityDataDtoInput;
}

/** Response of `alibaba.alihouse.project.activity.sync`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlihouseProjectActivitySyncResponse {
  /** 接口返回model */
  result?: AlibabaAlihouseProjectActivitySyncResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `BusinessActivityDataDto` of `alibaba.alihouse.project.activity.sync`. */
export interface AlibabaAlihouseProjectActivitySyncBusinessActivityDataDtoInput {
  /** 活动名称 */
  activity_name: string;
  /** 是否开通POS 1-是 0-否 */
  is_open_pos: Int64Input;
  /** 协议ID */
  agreement_id: Int64Input;
  /** 主体ID */
  merchant_open_id: Int64Input;
  /** 结算类型 */
  settlement_type: Int64Input;
  /** 优惠时间 */
  discount_valid_time: string;
  /** 优惠模式 */
  discount_mode: Int64Input;
  /** 优惠时间类型 */
  discount_time_type: Int64Input;
  /** 商品ID */
  item_id: Int64Input;
  /** 楼盘ID */
  outer_id: string;
  /** 外部活动ID */
  outer_activity_id: string;
  /** 签章ID */
  signature_id: Int64Input;
  /** 结算账户ID */
  settle_id: Int64Input;
  /** 分账数据 */
  account_division_list?: AlibabaAlihouseProjectActivitySyncAccountDivisionRuleDtoInput[];
  /** 活动开始时间 */
  start_time?: DateInput;
  /** 活动结束时间 */
  end_time?: DateInput;
  /** 是否确客 */
  is_confirm_guest?: Int64Input;
  /** 小二联系方式 */
  contact?: string;
  /** 11111 */
  outer_store_id?: string;
}

/** `AccountDivisionRuleDto` of `alibaba.alihouse.project.activity.sync`. */
export interface AlibabaAlihouseProjectActivitySyncAccountDivisionRuleDtoInput {
  /** 比例 */
  ratio: string;
  /** 联行号 */
  account_contact_line: string;
  /** 开户行名称 */
  account_bank_name: string;
  /** 银行账号 */
  account_no: string;
  /** 账户名 */
  account_name: string;
  /** 外部分账ID */
  outer_division_id: string;
  /** 账户类型 */
  account_type: string;
}

/** `Result` of `alibaba.alihouse.project.activity.sync`. */
export interface AlibabaAlihouseProjectActivitySyncResult {
  /** 是否成功 */
  success?: boolean;
  /** message */
  message?: string;
  /** code */
  code?: string;
  /** 主体ID */
  data?: Int64;
}

const REQUEST_SCHEMA = {
  business_activity_data_dto: {
    activity_name: 'String',
    is_open_pos: 'Number',
    agreement_id: 'Number',
    merchant_open_id: 'Number',
    settlement_type: 'Number',
    discount_valid_time: 'String',
    discount_mode: 'Number',
    discount_time_type: 'Number',
    item_id: 'Number',
    outer_id: 'String',
    outer_activity_id: 'String',
    signature_id: 'Number',
    settle_id: 'Number',
    account_division_list: [
      {
        ratio: 'String',
        account_contact_line: 'String',
        account_bank_name: 'String',
        account_no: 'String',
        account_name: 'String',
        outer_division_id: 'String',
        account_type: 'String',
      },
    ],
    start_time: 'Date',
    end_time: 'Date',
    is_confirm_guest: 'Number',
    contact: 'String',
    outer_store_id: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    success: 'Boolean',
    message: 'String',
    code: 'String',
    data: 'Number',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.alihouse.project.activity.sync`: method, response root, request and response schemas. */
export const alibabaAlihouseProjectActivitySyncOperation = {
  method: 'alibaba.alihouse.project.activity.sync',
  responseRoot: 'alibaba_alihouse_project_activity_sync_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 电商券数据同步 — calls TOP method `alibaba.alihouse.project.activity.sync`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlihouseProjectActivitySync(
  client: TopClient,
  request: AlibabaAlihouseProjectActivitySyncRequest,
  options?: CallOptions,
): Promise<AlibabaAlihouseProjectActivitySyncResponse> {
  return client.call<AlibabaAlihouseProjectActivitySyncResponse>(
    {
      method: 'alibaba.alihouse.project.activity.sync',
      responseRoot: 'alibaba_alihouse_project_activity_sync_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
