// Generated from specs/alihouse/alibaba.alihouse.existinghome.bankcard.sync.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alihouse.existinghome.bankcard.sync` (结算账号同步). */
export interface AlibabaAlihouseExistinghomeBankcardSyncRequest {
  /** 结构 */
  existing_home_bank_card_dto: AlibabaAlihouseExistinghomeBankcardSyncExistingHomeBankCardDtoInput;
}

/** Response of `alibaba.alihouse.existinghome.bankcard.sync`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlihouseExistinghomeBankcardSyncResponse {
  /** 接口返回model */
  result?: AlibabaAlihouseExistinghomeBankcardSyncResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ExistingHomeBankCardDto` of `alibaba.alihouse.existinghome.bankcard.sync`. */
export interface AlibabaAlihouseExistinghomeBankcardSyncExistingHomeBankCardDtoInput {
  /** 是否有效 1-是 0-否 */
  is_valid?: Int64Input;
  /** 是否是四方监管户 1-是 0-否 */
  is_four_account?: Int64Input;
  /** 银联号 */
  bank_contact_line?: string;
  /** 结算账户 */
  bank_card_no?: string;
  /** 结算账户别名 */
  bank_account_alias?: string;
  /** 结算账户名称 */
  bank_account_name: string;
  /** 账户用途 */
  account_use_type?: Int64Input;
  /** 外部账户ID */
  outer_bank_id: string;
  /** 账户类型 01对私账户 02对公账户 */
  account_type?: string;
  /** 公司进件ID */
  merchant_open_id: Int64Input;
  /** 银行名称简称 */
  bank_name_simple?: string;
  /** 卡类型 */
  card_type?: Int64Input;
  /** 银行名称 */
  bank_name?: string;
  /** 支行所在省份 */
  bank_branch_province?: string;
  /** 支行所在市区 */
  bank_branch_city?: string;
  /** 支行名称 */
  bank_branch_name?: string;
  /** 是否开网商子户 */
  is_open_net_business?: Int64Input;
  /** 场景 5-融合店 */
  scene_type?: Int64Input;
}

/** `Result` of `alibaba.alihouse.existinghome.bankcard.sync`. */
export interface AlibabaAlihouseExistinghomeBankcardSyncResult {
  /** 唯一id */
  data?: Int64;
  /** 是否成功 */
  success?: boolean;
  /** message */
  message?: string;
  /** code */
  code?: string;
}

const REQUEST_SCHEMA = {
  existing_home_bank_card_dto: {
    is_valid: 'Number',
    is_four_account: 'Number',
    bank_contact_line: 'String',
    bank_card_no: 'String',
    bank_account_alias: 'String',
    bank_account_name: 'String',
    account_use_type: 'Number',
    outer_bank_id: 'String',
    account_type: 'String',
    merchant_open_id: 'Number',
    bank_name_simple: 'String',
    card_type: 'Number',
    bank_name: 'String',
    bank_branch_province: 'String',
    bank_branch_city: 'String',
    bank_branch_name: 'String',
    is_open_net_business: 'Number',
    scene_type: 'Number',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    data: 'Number',
    success: 'Boolean',
    message: 'String',
    code: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.alihouse.existinghome.bankcard.sync`: method, response root, request and response schemas. */
export const alibabaAlihouseExistinghomeBankcardSyncOperation = {
  method: 'alibaba.alihouse.existinghome.bankcard.sync',
  responseRoot: 'alibaba_alihouse_existinghome_bankcard_sync_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 结算账号同步 — calls TOP method `alibaba.alihouse.existinghome.bankcard.sync`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlihouseExistinghomeBankcardSync(
  client: TopClient,
  request: AlibabaAlihouseExistinghomeBankcardSyncRequest,
  options?: CallOptions,
): Promise<AlibabaAlihouseExistinghomeBankcardSyncResponse> {
  return client.call<AlibabaAlihouseExistinghomeBankcardSyncResponse>(
    {
      method: 'alibaba.alihouse.existinghome.bankcard.sync',
      responseRoot: 'alibaba_alihouse_existinghome_bankcard_sync_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
