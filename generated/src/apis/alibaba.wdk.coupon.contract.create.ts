// Generated from specs/wdk/alibaba.wdk.coupon.contract.create.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.wdk.coupon.contract.create` (营销券合同创建接口). */
export interface AlibabaWdkCouponContractCreateRequest {
  /** 调用入参 */
  create_contract_instance_request?: AlibabaWdkCouponContractCreateCreateContractInstanceRequestInput;
}

/** Response of `alibaba.wdk.coupon.contract.create`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaWdkCouponContractCreateResponse {
  /** 返回结果 */
  result?: AlibabaWdkCouponContractCreateApiResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `CreateContractInstanceRequest` of `alibaba.wdk.coupon.contract.create`. */
export interface AlibabaWdkCouponContractCreateCreateContractInstanceRequestInput {
  /** 外部合同id，全局唯一 */
  out_object_id?: string;
  /** 采购者id */
  purchaser_id?: Int64Input;
  /** 采购者名称 */
  purchaser_name?: string;
  /** 合同名称 */
  title?: string;
  /** 创建人 */
  creator?: string;
  /** 创建人id */
  creator_id?: Int64Input;
  /** 合同模版 */
  contract_template?: AlibabaWdkCouponContractCreateCreateContractTemplateRequestInput;
}

/** `CreateContractTemplateRequest` of `alibaba.wdk.coupon.contract.create`. */
export interface AlibabaWdkCouponContractCreateCreateContractTemplateRequestInput {
  /** 提货券配置列表 */
  coupon_config_list?: AlibabaWdkCouponContractCreateCouponconfiglistInput[];
  /** 乙方签约日期-日 */
  second_sign_day?: string;
  /** 乙方签约日期-月 */
  second_sign_month?: string;
  /** 乙方签约日期-年 */
  second_sign_year?: string;
  /** 乙方法人 */
  second_legal_person?: string;
  /** 甲方签约日期-日 */
  first_sign_day?: string;
  /** 甲方签约日期-月 */
  first_sign_month?: string;
  /** 甲方签约日期-年 */
  first_sign_year?: string;
  /** 甲方法人 */
  first_legal_person?: string;
  /** 乙方银行账号 */
  second_account_no?: string;
  /** 乙方开户行 */
  second_bank_name?: string;
  /** 乙方账户名称 */
  second_account_name?: string;
  /** 甲方银行账号 */
  first_account_no?: string;
  /** 甲方开户行 */
  first_bank_name?: string;
  /** 甲方账户名称 */
  first_account_name?: string;
  /** 甲方为提供乙方的折扣数 */
  discount?: string;
  /** 乙方支付甲方款项超时天数 */
  pay_time_out_day?: string;
  /** 发票类型简写 */
  invoice_type_simple_name?: string;
  /** 保证金（单位：元） */
  bond?: string;
  /** 最高赊销额度（单位：元） */
  max_credit_amount?: string;
  /** 合同有效期结束时间-日 */
  contract_end_day?: string;
  /** 合同有效期结束时间-月 */
  contract_end_month?: string;
  /** 合同有效期结束时间-年 */
  contract_end_year?: string;
  /** 合同有效期开始时间-日 */
  contract_start_day?: string;
  /** 合同有效期开始时间-月 */
  contract_start_month?: string;
  /** 合同有效期开始时间-年 */
  contract_start_year?: string;
  /** 券使用的结束时间-日 */
  coupon_end_day?: string;
  /** 券使用的结束时间-月 */
  coupon_end_month?: string;
  /** 券使用的结束时间-年 */
  coupon_end_year?: string;
  /** 券使用的开始时间-日 */
  coupon_start_day?: string;
  /** 券使用的开始时间-月 */
  coupon_start_month?: string;
  /** 券使用的开始时间-年 */
  coupon_start_year?: string;
  /** 门店详细地址 */
  poi_detail_address?: string;
  /** 门店所在街道 */
  poi_street?: string;
  /** 门店所在区 */
  poi_area?: string;
  /** 门店所在市 */
  poi_city?: string;
  /** 不提供的商品信息，传入格式同providerItemInfos */
  not_provider_item_infos?: string[];
  /** 提供的商品信息，需要传入一个String的List，每个字符串描述一个商品 */
  provider_item_infos?: string[];
  /** 大润发超市名称 */
  poi_name?: string;
  /** 乙方公司地址 */
  second_company_address?: string;
  /** 乙方公司名称 */
  second_company_name?: string;
  /** 甲方公司地址 */
  first_company_address?: string;
  /** 甲方公司名称 */
  first_company_name?: string;
}

/** `Couponconfiglist` of `alibaba.wdk.coupon.contract.create`. */
export interface AlibabaWdkCouponContractCreateCouponconfiglistInput {
  /** 提货券面额，单位：元，用于展示 */
  view_total_amount?: string;
  /** 提货券面额，单位：元，用于展示 */
  view_amount?: string;
  /** 提货券总金额（单位：分） */
  use_total_amount?: Int64Input;
  /** 面额相应数量 */
  count?: Int64Input;
  /** 提货券面额（单位：分） */
  use_amount?: Int64Input;
}

/** `ApiResult` of `alibaba.wdk.coupon.contract.create`. */
export interface AlibabaWdkCouponContractCreateApiResult {
  /** 合同ID */
  model?: Int64;
  /** 错误码 */
  err_code?: string;
  /** 错误码说明 */
  err_msg?: string;
  /** 是否调用成功 */
  success?: boolean;
}

const REQUEST_SCHEMA = {
  create_contract_instance_request: {
    out_object_id: 'String',
    purchaser_id: 'Number',
    purchaser_name: 'String',
    title: 'String',
    creator: 'String',
    creator_id: 'Number',
    contract_template: {
      coupon_config_list: [
        {
          view_total_amount: 'String',
          view_amount: 'String',
          use_total_amount: 'Number',
          count: 'Number',
          use_amount: 'Number',
        },
      ],
      second_sign_day: 'String',
      second_sign_month: 'String',
      second_sign_year: 'String',
      second_legal_person: 'String',
      first_sign_day: 'String',
      first_sign_month: 'String',
      first_sign_year: 'String',
      first_legal_person: 'String',
      second_account_no: 'String',
      second_bank_name: 'String',
      second_account_name: 'String',
      first_account_no: 'String',
      first_bank_name: 'String',
      first_account_name: 'String',
      discount: 'String',
      pay_time_out_day: 'String',
      invoice_type_simple_name: 'String',
      bond: 'String',
      max_credit_amount: 'String',
      contract_end_day: 'String',
      contract_end_month: 'String',
      contract_end_year: 'String',
      contract_start_day: 'String',
      contract_start_month: 'String',
      contract_start_year: 'String',
      coupon_end_day: 'String',
      coupon_end_month: 'String',
      coupon_end_year: 'String',
      coupon_start_day: 'String',
      coupon_start_month: 'String',
      coupon_start_year: 'String',
      poi_detail_address: 'String',
      poi_street: 'String',
      poi_area: 'String',
      poi_city: 'String',
      not_provider_item_infos: ['String'],
      provider_item_infos: ['String'],
      poi_name: 'String',
      second_company_address: 'String',
      second_company_name: 'String',
      first_company_address: 'String',
      first_company_name: 'String',
    },
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    model: 'Number',
    err_code: 'String',
    err_msg: 'String',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.wdk.coupon.contract.create`: method, response root, request and response schemas. */
export const alibabaWdkCouponContractCreateOperation = {
  method: 'alibaba.wdk.coupon.contract.create',
  responseRoot: 'alibaba_wdk_coupon_contract_create_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 营销券合同创建接口 — calls TOP method `alibaba.wdk.coupon.contract.create`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaWdkCouponContractCreate(
  client: TopClient,
  request: AlibabaWdkCouponContractCreateRequest = {},
  options?: CallOptions,
): Promise<AlibabaWdkCouponContractCreateResponse> {
  return client.call<AlibabaWdkCouponContractCreateResponse>(
    {
      method: 'alibaba.wdk.coupon.contract.create',
      responseRoot: 'alibaba_wdk_coupon_contract_create_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
