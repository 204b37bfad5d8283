// Generated from specs/user/tmall.service.settleadjustment.modify.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `tmall.service.settleadjustment.modify` (修改结算调整单). */
export interface TmallServiceSettleadjustmentModifyRequest {
  /** 结算调整单父节点 */
  param_settle_adjustment_request: TmallServiceSettleadjustmentModifySettleAdjustmentRequestInput;
}

/** Response of `tmall.service.settleadjustment.modify`: TOP returns only requested, non-null fields, so all are optional. */
export interface TmallServiceSettleadjustmentModifyResponse {
  /** result */
  result?: TmallServiceSettleadjustmentModifyResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `SettleAdjustmentRequest` of `tmall.service.settleadjustment.modify`. */
export interface TmallServiceSettleadjustmentModifySettleAdjustmentRequestInput {
  /** 调整费用，单位分 */
  cost: Int64Input;
  /** 调整原因描述 */
  description: string;
  /** 调整单ID */
  id: Int64Input;
  /** 调整原因图片url,最后不用加分号，最多三条 */
  picture_urls: string;
  /** 计价因子，填写规则为：1、有计价因子场景：{name:计价因子名称 ,value:数量｝如示例。2、没有计价因子场景：填默认值：｛name:计价因子,value:0｝ */
  price_factors: TmallServiceSettleadjustmentModifySettlementPriceFactorInput[];
  /** 调整单类型：1,配件费;2,不符单费;3,拆旧费;4,二次上门;5,胶费;6,打孔费;7,层高费;8,远程费;9,单外费;10,其他 */
  type: Int64Input;
}

/** `SettlementPriceFactor` of `tmall.service.settleadjustment.modify`. */
export interface TmallServiceSettleadjustmentModifySettlementPriceFactorInput {
  /** 计价因子属性 */
  name: string;
  /** 计价因子实际值 */
  value?: Int64Input;
  /** 计价说明 */
  desc?: string;
}

/** `Result` of `tmall.service.settleadjustment.modify`. */
export interface TmallServiceSettleadjustmentModifyResult {
  /** errorMessage */
  error_message?: TmallServiceSettleadjustmentModifyErrorMessage;
  /** success */
  success?: boolean;
}

/** `ErrorMessage` of `tmall.service.settleadjustment.modify`. */
export interface TmallServiceSettleadjustmentModifyErrorMessage {
  /** errorCode */
  error_code?: string;
  /** errorMsg */
  error_msg?: string;
}

const REQUEST_SCHEMA = {
  param_settle_adjustment_request: {
    cost: 'Number',
    description: 'String',
    id: 'Number',
    picture_urls: 'String',
    price_factors: [
      {
        name: 'String',
        value: 'Number',
        desc: 'String',
      },
    ],
    type: 'Number',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    error_message: {
      error_code: 'String',
      error_msg: 'String',
    },
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `tmall.service.settleadjustment.modify`: method, response root, request and response schemas. */
export const tmallServiceSettleadjustmentModifyOperation = {
  method: 'tmall.service.settleadjustment.modify',
  responseRoot: 'tmall_service_settleadjustment_modify_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 修改结算调整单 — calls TOP method `tmall.service.settleadjustment.modify`.
 *
 * 提供给服务商在对结算有异议时，发起结算调整单。
 * 通过说明调整单ID，调整费用值，调整原因进行结算调整单修改。
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function tmallServiceSettleadjustmentModify(
  client: TopClient,
  request: TmallServiceSettleadjustmentModifyRequest,
  options?: CallOptions,
): Promise<TmallServiceSettleadjustmentModifyResponse> {
  return client.call<TmallServiceSettleadjustmentModifyResponse>(
    {
      method: 'tmall.service.settleadjustment.modify',
      responseRoot: 'tmall_service_settleadjustment_modify_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
