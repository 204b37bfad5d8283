// Generated from specs/ascp/alibaba.dchain.aoxiang.deliverytemplate.query.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.dchain.aoxiang.deliverytemplate.query` (商家运费模板查询). */
export interface AlibabaDchainAoxiangDeliverytemplateQueryRequest {
  /** 查询运费模板入参 */
  query_delivery_template_request: AlibabaDchainAoxiangDeliverytemplateQueryQueryDeliveryTemplateRequestInput;
}

/** Response of `alibaba.dchain.aoxiang.deliverytemplate.query`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaDchainAoxiangDeliverytemplateQueryResponse {
  /** 返回结果 */
  query_deliverytemplate_response?: AlibabaDchainAoxiangDeliverytemplateQueryTopResponse;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `QueryDeliveryTemplateRequest` of `alibaba.dchain.aoxiang.deliverytemplate.query`. */
export interface AlibabaDchainAoxiangDeliverytemplateQueryQueryDeliveryTemplateRequestInput {
  /** 业务请求ID，用于幂等 */
  request_id: string;
  /** 业务请求时间。时间戳。 毫秒 */
  request_time: Int64Input;
}

/** `TopResponse` of `alibaba.dchain.aoxiang.deliverytemplate.query`. */
export interface AlibabaDchainAoxiangDeliverytemplateQueryTopResponse {
  /** 错误码 */
  code?: string;
  /** 运费模板列表。如果没有查到则为空 */
  data?: AlibabaDchainAoxiangDeliverytemplateQueryQueryDeliveryTemplateResponse;
  /** 调用接口是否成功。调用成功之后，需要看data里面的success，才能知道业务处理是否成功 */
  success?: boolean;
  /** 错误具体内容 */
  message?: string;
  /** 操作码 */
  trace_id?: string;
}

/** `QueryDeliveryTemplateResponse` of `alibaba.dchain.aoxiang.deliverytemplate.query`. */
export interface AlibabaDchainAoxiangDeliverytemplateQueryQueryDeliveryTemplateResponse {
  /** 查询结果 */
  result?: string;
  /** 错误原因 */
  message?: string;
  /** 运费模板列表 */
  delivery_templatemodel_list?: AlibabaDchainAoxiangDeliverytemplateQueryDeliveryTemplateModel[];
}

/** `DeliveryTemplateModel` of `alibaba.dchain.aoxiang.deliverytemplate.query`. */
export interface AlibabaDchainAoxiangDeliverytemplateQueryDeliveryTemplateModel {
  /** 运费模板id */
  template_id?: Int64;
  /** 运费模板名称 */
  name?: string;
}

const REQUEST_SCHEMA = {
  query_delivery_template_request: {
    request_id: 'String',
    request_time: 'Number',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  query_deliverytemplate_response: {
    code: 'String',
    data: {
      result: 'String',
      message: 'String',
      delivery_templatemodel_list: [
        {
          template_id: 'Number',
          name: 'String',
        },
      ],
    },
    success: 'Boolean',
    message: 'String',
    trace_id: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.dchain.aoxiang.deliverytemplate.query`: method, response root, request and response schemas. */
export const alibabaDchainAoxiangDeliverytemplateQueryOperation = {
  method: 'alibaba.dchain.aoxiang.deliverytemplate.query',
  responseRoot: 'alibaba_dchain_aoxiang_deliverytemplate_query_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 商家运费模板查询 — calls TOP method `alibaba.dchain.aoxiang.deliverytemplate.query`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaDchainAoxiangDeliverytemplateQuery(
  client: TopClient,
  request: AlibabaDchainAoxiangDeliverytemplateQueryRequest,
  options?: CallOptions,
): Promise<AlibabaDchainAoxiangDeliverytemplateQueryResponse> {
  return client.call<AlibabaDchainAoxiangDeliverytemplateQueryResponse>(
    {
      method: 'alibaba.dchain.aoxiang.deliverytemplate.query',
      responseRoot: 'alibaba_dchain_aoxiang_deliverytemplate_query_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
