// Generated from specs/alihouse/alibaba.alihouse.existinghome.trade.entrust.submit.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alihouse.existinghome.trade.entrust.submit` (交易委托信息更新接口). */
export interface AlibabaAlihouseExistinghomeTradeEntrustSubmitRequest {
  /** 更新交易委托实体类 */
  sync_update_trade_entrust_dto: AlibabaAlihouseExistinghomeTradeEntrustSubmitSyncUpdateTradeEntrustDTOInput;
}

/** Response of `alibaba.alihouse.existinghome.trade.entrust.submit`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlihouseExistinghomeTradeEntrustSubmitResponse {
  /** 接口返回model */
  result?: AlibabaAlihouseExistinghomeTradeEntrustSubmitResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `SyncUpdateTradeEntrustDTO` of `alibaba.alihouse.existinghome.trade.entrust.submit`. */
export interface AlibabaAlihouseExistinghomeTradeEntrustSubmitSyncUpdateTradeEntrustDTOInput {
  /** 外部小区ID */
  outer_community_id?: string;
  /** 外部委托ID */
  outer_entrust_id?: string;
  /** 外部门店ID */
  outer_store_id?: string;
  /** 外部经纪人ID */
  outer_broker_id?: string;
  /** 业务类型，1-新房，2-二手房 3-租房 */
  business_type?: Int64Input;
  /** 经营主体ID */
  merchant_open_id?: Int64Input;
  /** 租房凭证 */
  rent_vouchers?: string[];
  /** 交易业务类型，1-B2C，2-C2C，3-寄租 */
  trade_biz_type?: Int64Input;
  /** 模版id */
  agreement_id?: Int64Input;
  /** 房东自然人主体id */
  natural_merchant_open_id?: Int64Input;
  /** 委托状态 */
  entrust_status?: Int64Input;
  /** 寄租模式下-企业B房东主体ID */
  enterprise_merchant_open_id?: Int64Input;
  /** 收款模式 是 交易类型不为空，必填 1-直收 （默认值） 2-代收 */
  collection_type?: Int64Input;
  /** 寄租收费模式 1、房东承担寄租服务费 2、租客承担门店服务费 3、租客承担门店服务费+房东承担寄租服务费 */
  send_rent_charge_model?: string;
  /** 寄租-房源房东类型 交易类型不为空，房源房东类型 1、企业B房东 2、自然人主体 */
  landlord_type?: Int64Input;
  /** 代收主体id 当收款模式为代收是必填 */
  instead_merchant_open_id?: Int64Input;
  /** 房源地址 */
  address?: string;
  /** 房产证地址 */
  ownership_address?: string;
  /** ms级时间戳 */
  etc_version?: Int64Input;
}

/** `Result` of `alibaba.alihouse.existinghome.trade.entrust.submit`. */
export interface AlibabaAlihouseExistinghomeTradeEntrustSubmitResult {
  /** 返回值 */
  data?: boolean;
  /** 是否成功 */
  is_success?: boolean;
  /** 消息 */
  msg?: string;
  /** 返回码 */
  code?: string;
}

const REQUEST_SCHEMA = {
  sync_update_trade_entrust_dto: {
    outer_community_id: 'String',
    outer_entrust_id: 'String',
    outer_store_id: 'String',
    outer_broker_id: 'String',
    business_type: 'Number',
    merchant_open_id: 'Number',
    rent_vouchers: ['String'],
    trade_biz_type: 'Number',
    agreement_id: 'Number',
    natural_merchant_open_id: 'Number',
    entrust_status: 'Number',
    enterprise_merchant_open_id: 'Number',
    collection_type: 'Number',
    send_rent_charge_model: 'String',
    landlord_type: 'Number',
    instead_merchant_open_id: 'Number',
    address: 'String',
    ownership_address: 'String',
    etc_version: 'Number',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    data: 'Boolean',
    is_success: 'Boolean',
    msg: 'String',
    code: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.alihouse.existinghome.trade.entrust.submit`: method, response root, request and response schemas. */
export const alibabaAlihouseExistinghomeTradeEntrustSubmitOperation = {
  method: 'alibaba.alihouse.existinghome.trade.entrust.submit',
  responseRoot: 'alibaba_alihouse_existinghome_trade_entrust_submit_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 交易委托信息更新接口 — calls TOP method `alibaba.alihouse.existinghome.trade.entrust.submit`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlihouseExistinghomeTradeEntrustSubmit(
  client: TopClient,
  request: AlibabaAlihouseExistinghomeTradeEntrustSubmitRequest,
  options?: CallOptions,
): Promise<AlibabaAlihouseExistinghomeTradeEntrustSubmitResponse> {
  return client.call<AlibabaAlihouseExistinghomeTradeEntrustSubmitResponse>(
    {
      method: 'alibaba.alihouse.existinghome.trade.entrust.submit',
      responseRoot: 'alibaba_alihouse_existinghome_trade_entrust_submit_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
