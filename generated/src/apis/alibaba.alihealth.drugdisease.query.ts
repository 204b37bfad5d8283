// Generated from specs/alidoc/alibaba.alihealth.drugdisease.query.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alihealth.drugdisease.query` (药品诊断查询). */
export interface AlibabaAlihealthDrugdiseaseQueryRequest {
  /** 入参 */
  spu_disease_query_dto: AlibabaAlihealthDrugdiseaseQuerySpuDiseaseQueryDTOInput;
}

/** Response of `alibaba.alihealth.drugdisease.query`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlihealthDrugdiseaseQueryResponse {
  /** 返回值 */
  data?: AlibabaAlihealthDrugdiseaseQueryDrugDiseaseMappingDTO[];
  /** 结果 */
  is_success?: boolean;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `SpuDiseaseQueryDTO` of `alibaba.alihealth.drugdisease.query`. */
export interface AlibabaAlihealthDrugdiseaseQuerySpuDiseaseQueryDTOInput {
  /** spu列表，多个逗号 */
  spu_ids: string;
  /** 租户 */
  tenant: string;
}

/** `DrugDiseaseMappingDTO` of `alibaba.alihealth.drugdisease.query`. */
export interface AlibabaAlihealthDrugdiseaseQueryDrugDiseaseMappingDTO {
  /** spuid */
  spu_id?: string;
  /** 诊断信息 */
  disease_list?: AlibabaAlihealthDrugdiseaseQueryDiseaseInfo[];
}

/** `DiseaseInfo` of `alibaba.alihealth.drugdisease.query`. */
export interface AlibabaAlihealthDrugdiseaseQueryDiseaseInfo {
  /** 诊断名称 */
  disease_name?: string;
  /** 诊断code */
  disease_code?: string;
}

const REQUEST_SCHEMA = {
  spu_disease_query_dto: {
    spu_ids: 'String',
    tenant: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  data: [
    {
      spu_id: 'String',
      disease_list: [
        {
          disease_name: 'String',
          disease_code: 'String',
        },
      ],
    },
  ],
  is_success: 'Boolean',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.alihealth.drugdisease.query`: method, response root, request and response schemas. */
export const alibabaAlihealthDrugdiseaseQueryOperation = {
  method: 'alibaba.alihealth.drugdisease.query',
  responseRoot: 'alibaba_alihealth_drugdisease_query_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 药品诊断查询 — calls TOP method `alibaba.alihealth.drugdisease.query`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlihealthDrugdiseaseQuery(
  client: TopClient,
  request: AlibabaAlihealthDrugdiseaseQueryRequest,
  options?: CallOptions,
): Promise<AlibabaAlihealthDrugdiseaseQueryResponse> {
  return client.call<AlibabaAlihealthDrugdiseaseQueryResponse>(
    {
      method: 'alibaba.alihealth.drugdisease.query',
      responseRoot: 'alibaba_alihealth_drugdisease_query_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
