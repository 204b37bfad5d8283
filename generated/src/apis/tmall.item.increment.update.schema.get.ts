// Generated from specs/tbitem/tmall.item.increment.update.schema.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `tmall.item.increment.update.schema.get` (天猫增量更新商品规则获取). */
export interface TmallItemIncrementUpdateSchemaGetRequest {
  /** 需要编辑的商品ID */
  item_id: Int64Input;
  /** 如果入参xml_data指定了更新的字段，则只返回指定字段的规则（ISV如果功能性很强，如明确更新Title，请拼装好此字段以提升API整体性能） */
  xml_data?: string;
}

/** Response of `tmall.item.increment.update.schema.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface TmallItemIncrementUpdateSchemaGetResponse {
  /** 返回增量更新商品的规则文档 */
  update_item_result?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  item_id: 'Number',
  xml_data: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  update_item_result: 'String',
} as const satisfies ObjectSchema;

/** Static description of `tmall.item.increment.update.schema.get`: method, response root, request and response schemas. */
export const tmallItemIncrementUpdateSchemaGetOperation = {
  method: 'tmall.item.increment.update.schema.get',
  responseRoot: 'tmall_item_increment_update_schema_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 天猫增量更新商品规则获取 — calls TOP method `tmall.item.increment.update.schema.get`.
 *
 * 增量方式修改天猫商品的规则获取的API。
 * 1.接口返回支持增量修改的字段以及相应字段的规则。
 * 2.如果入参xml_data指定了更新的字段，则只返回指定字段的规则（ISV如果功能性很强，如明确更新Title，请拼装好次字段以提升API整体性能）；
 * 3.ISV初次接入，开发阶段，此字段不填可以看到所有支持增量的字段；但是如果上线功能明确，请尽量遵守第2条
 * 4.如果ISV对字段规则非常清晰，可以直接组装入参数据提交到tmall.item.schema.increment.update进行数据更新。但是最好不要写死，比如每天还是有对此接口功能的一次比对。
 * ---（感谢爱慕旗舰店提供API命名）
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function tmallItemIncrementUpdateSchemaGet(
  client: TopClient,
  request: TmallItemIncrementUpdateSchemaGetRequest,
  options?: CallOptions,
): Promise<TmallItemIncrementUpdateSchemaGetResponse> {
  return client.call<TmallItemIncrementUpdateSchemaGetResponse>(
    {
      method: 'tmall.item.increment.update.schema.get',
      responseRoot: 'tmall_item_increment_update_schema_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
