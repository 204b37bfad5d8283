// Generated from specs/cainiaohandover/cainiao.global.solution.inquiry.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `cainiao.global.solution.inquiry` (解决方案询盘). */
export interface CainiaoGlobalSolutionInquiryRequest {
  /** 多语言，zh_CN中文、en_US:英文、ru_RU俄语 */
  locale?: string;
  /** 交易单参数 */
  trade_order_param: CainiaoGlobalSolutionInquiryOpenTradeOrderParamInput;
  /**
   * 包裹参数
   *
   * Max list size: 999
   */
  package_params?: CainiaoGlobalSolutionInquiryOpenPackageParamInput[];
}

/** Response of `cainiao.global.solution.inquiry`: TOP returns only requested, non-null fields, so all are optional. */
export interface CainiaoGlobalSolutionInquiryResponse {
  /** 是否成功 */
  is_success?: boolean;
  /** 错误信息 */
  error_info?: CainiaoGlobalSolutionInquiryErrorInfo;
  /** 请求结果 */
  result?: CainiaoGlobalSolutionInquiryOpenSolutionInquiryResponse;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `OpenTradeOrderParam` of `cainiao.global.solution.inquiry`. */
export interface CainiaoGlobalSolutionInquiryOpenTradeOrderParamInput {
  /** 交易单ID */
  trade_order_id: Int64Input;
}

/** `OpenPackageParam` of `cainiao.global.solution.inquiry`. */
export interface CainiaoGlobalSolutionInquiryOpenPackageParamInput {
  /** 包裹长度，单位毫米 */
  length?: Int64Input;
  /** 包裹宽度，单位毫米 */
  width?: Int64Input;
  /** 包裹高度，单位毫米 */
  height?: Int64Input;
  /** 包裹重量，单位克 */
  weight?: Int64Input;
}

/** `ErrorInfo` of `cainiao.global.solution.inquiry`. */
export interface CainiaoGlobalSolutionInquiryErrorInfo {
  /** 错误码 */
  error_code?: string;
  /** 错误信息 */
  error_msg?: string;
}

/** `OpenSolutionInquiryResponse` of `cainiao.global.solution.inquiry`. */
export interface CainiaoGlobalSolutionInquiryOpenSolutionInquiryResponse {
  /** 可用的解决方案列表 */
  usable_solution_list?: CainiaoGlobalSolutionInquiryOpenSolutionDto[];
}

/** `OpenSolutionDto` of `cainiao.global.solution.inquiry`. */
export interface CainiaoGlobalSolutionInquiryOpenSolutionDto {
  /** 解决方案code */
  code?: string;
  /** 解决方案名称 */
  name?: string;
  /** 时效信息 */
  timing_list?: CainiaoGlobalSolutionInquiryOpenTimingDto[];
  /** 费用列表 */
  fee_list?: CainiaoGlobalSolutionInquiryOpenFeeDto[];
  /** 推荐指数 */
  recommend_index?: Int64;
}

/** `OpenTimingDto` of `cainiao.global.solution.inquiry`. */
export interface CainiaoGlobalSolutionInquiryOpenTimingDto {
  /** 展示文案 */
  display_text?: string;
  /** 最慢时效 */
  slowest_timing?: Int64;
  /** 最快时效 */
  fast_timing?: Int64;
  /** 时效类型，ESTIMATE：预估时效，PROMISE：承诺时效 */
  timing_type?: string;
}

/** `OpenFeeDto` of `cainiao.global.solution.inquiry`. */
export interface CainiaoGlobalSolutionInquiryOpenFeeDto {
  /** 费用详细列表 */
  fee_detail_list?: CainiaoGlobalSolutionInquiryOpenFeeDetailDto[];
  /** 总费用 */
  total_fee?: Int64;
  /** 币种 */
  currency?: string;
  /** 费用类型，POST_ESTIMATED_COST：预估费用 */
  fee_type?: string;
}

/** `OpenFeeDetailDto` of `cainiao.global.solution.inquiry`. */
export interface CainiaoGlobalSolutionInquiryOpenFeeDetailDto {
  /** 已支付费用 */
  paid_fee?: Int64;
  /** 已支付费用币种 */
  paid_fee_currency?: string;
  /** 应支付费用 */
  fee?: Int64;
  /** 应支付费用币种 */
  fee_currency?: string;
  /** 详细费用类型，normal_delivery_fee：配送费，sms_service_fee */
  fee_detail_type?: string;
}

const REQUEST_SCHEMA = {
  locale: 'String',
  trade_order_param: {
    trade_order_id: 'Number',
  },
  package_params: [
    {
      length: 'Number',
      width: 'Number',
      height: 'Number',
      weight: 'Number',
    },
  ],
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  is_success: 'Boolean',
  error_info: {
    error_code: 'String',
    error_msg: 'String',
  },
  result: {
    usable_solution_list: [
      {
        code: 'String',
        name: 'String',
        timing_list: [
          {
            display_text: 'String',
            slowest_timing: 'Number',
            fast_timing: 'Number',
            timing_type: 'String',
          },
        ],
        fee_list: [
          {
            fee_detail_list: [
              {
                paid_fee: 'Number',
                paid_fee_currency: 'String',
                fee: 'Number',
                fee_currency: 'String',
                fee_detail_type: 'String',
              },
            ],
            total_fee: 'Number',
            currency: 'String',
            fee_type: 'String',
          },
        ],
        recommend_index: 'Number',
      },
    ],
  },
} as const satisfies ObjectSchema;

/** Static description of `cainiao.global.solution.inquiry`: method, response root, request and response schemas. */
export const cainiaoGlobalSolutionInquiryOperation = {
  method: 'cainiao.global.solution.inquiry',
  responseRoot: 'cainiao_global_solution_inquiry_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 解决方案询盘 — calls TOP method `cainiao.global.solution.inquiry`.
 *
 * 根据交易单号查询可用的解决方案
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function cainiaoGlobalSolutionInquiry(
  client: TopClient,
  request: CainiaoGlobalSolutionInquiryRequest,
  options?: CallOptions,
): Promise<CainiaoGlobalSolutionInquiryResponse> {
  return client.call<CainiaoGlobalSolutionInquiryResponse>(
    {
      method: 'cainiao.global.solution.inquiry',
      responseRoot: 'cainiao_global_solution_inquiry_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
