// Generated from specs/pur/alibaba.ceres.supplier.po.query.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.ceres.supplier.po.query` (采购供应商订单查询接口). */
export interface AlibabaCeresSupplierPoQueryRequest {
  /** 订单创建日期开始时间 */
  start_date: string;
  /** 订单创建日期结束时间 */
  end_date: string;
  /** 订单状态 */
  status?: string;
}

/** Response of `alibaba.ceres.supplier.po.query`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaCeresSupplierPoQueryResponse {
  /** 返回消息体 */
  result?: AlibabaCeresSupplierPoQueryResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Result` of `alibaba.ceres.supplier.po.query`. */
export interface AlibabaCeresSupplierPoQueryResult {
  /** 返回信息 */
  message?: string;
  /** 返回单据消息体List */
  values?: AlibabaCeresSupplierPoQueryValue[];
  /** 返回code */
  code?: string;
  /** 是否查询成功 */
  success?: boolean;
}

/** `Value` of `alibaba.ceres.supplier.po.query`. */
export interface AlibabaCeresSupplierPoQueryValue {
  /** 订单编号 */
  po_no?: string;
  /** 订单生效时间 */
  effect_time?: string;
  /** 合同编号 */
  contract_no?: string;
  /** 币种 */
  currency_code?: string;
  /** 订单金额 */
  amount?: string;
  /** 已发货金额 */
  deliver_amount?: string;
  /** 已接收金额 */
  receive_amount?: string;
  /** 已开票金额 */
  bill_amount?: string;
  /** 已满足付款金额 */
  to_pay_amount?: string;
  /** 已付款金额 */
  payment_amount?: string;
  /** 状态 */
  status?: string;
  /** 开始日期 */
  begin_date?: string;
  /** 结束日期 */
  end_date?: string;
  /** CPO NO */
  cpo_no?: string;
}

const REQUEST_SCHEMA = {
  start_date: 'String',
  end_date: 'String',
  status: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    message: 'String',
    values: [
      {
        po_no: 'String',
        effect_time: 'Date',
        contract_no: 'String',
        currency_code: 'String',
        amount: 'String',
        deliver_amount: 'String',
        receive_amount: 'String',
        bill_amount: 'String',
        to_pay_amount: 'String',
        payment_amount: 'String',
        status: 'String',
        begin_date: 'String',
        end_date: 'String',
        cpo_no: 'String',
      },
    ],
    code: 'String',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.ceres.supplier.po.query`: method, response root, request and response schemas. */
export const alibabaCeresSupplierPoQueryOperation = {
  method: 'alibaba.ceres.supplier.po.query',
  responseRoot: 'alibaba_ceres_supplier_po_query_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 采购供应商订单查询接口 — calls TOP method `alibaba.ceres.supplier.po.query`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaCeresSupplierPoQuery(
  client: TopClient,
  request: AlibabaCeresSupplierPoQueryRequest,
  options?: CallOptions,
): Promise<AlibabaCeresSupplierPoQueryResponse> {
  return client.call<AlibabaCeresSupplierPoQueryResponse>(
    {
      method: 'alibaba.ceres.supplier.po.query',
      responseRoot: 'alibaba_ceres_supplier_po_query_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
