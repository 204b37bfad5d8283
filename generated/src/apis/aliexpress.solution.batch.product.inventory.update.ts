// Generated from specs/aesolution/aliexpress.solution.batch.product.inventory.update.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `aliexpress.solution.batch.product.inventory.update` (aliexpress.solution.batch.product.inventory.update). */
export interface AliexpressSolutionBatchProductInventoryUpdateRequest {
  /**
   * The product list, in which the inventory needs to be updated. Maximum 20 products.
   *
   * Max list size: 20
   */
  mutiple_product_update_list: AliexpressSolutionBatchProductInventoryUpdateSynchronizeProductRequestDtoInput[];
}

/** Response of `aliexpress.solution.batch.product.inventory.update`: TOP returns only requested, non-null fields, so all are optional. */
export interface AliexpressSolutionBatchProductInventoryUpdateResponse {
  /** When success equals false, indicating the error code */
  update_error_code?: string;
  /** When success equals false, indicating the error message */
  update_error_message?: string;
  /** Indicates the update result is successful or not. Only all the products in mutiple_product_update_list have been updated successfully will make the success to be true, otherwise false. */
  update_success?: boolean;
  /** update failed list */
  update_failed_list?: AliexpressSolutionBatchProductInventoryUpdateSynchronizeProductResponseDto[];
  /** update succesful list */
  update_successful_list?: AliexpressSolutionBatchProductInventoryUpdateSynchronizeProductResponseDto2[];
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `SynchronizeProductRequestDto` of `aliexpress.solution.batch.product.inventory.update`. */
export interface AliexpressSolutionBatchProductInventoryUpdateSynchronizeProductRequestDtoInput {
  /** product id */
  product_id: Int64Input;
  /** The sku list, in which the inventory needs to be updated within the same product id. Maximum 200 skus. */
  multiple_sku_update_list: AliexpressSolutionBatchProductInventoryUpdateSynchronizeSkuRequestDtoInput[];
}

/** `SynchronizeSkuRequestDto` of `aliexpress.solution.batch.product.inventory.update`. */
export interface AliexpressSolutionBatchProductInventoryUpdateSynchronizeSkuRequestDtoInput {
  /** sku code */
  sku_code: string;
  /** inventory */
  inventory: Int64Input;
}

/** `SynchronizeProductResponseDto` of `aliexpress.solution.batch.product.inventory.update`. */
export interface AliexpressSolutionBatchProductInventoryUpdateSynchronizeProductResponseDto {
  /** error code */
  error_code?: string;
  /** error message */
  error_message?: string;
  /** product id */
  product_id?: Int64;
}

/** `SynchronizeProductResponseDto` of `aliexpress.solution.batch.product.inventory.update`. */
export interface AliexpressSolutionBatchProductInventoryUpdateSynchronizeProductResponseDto2 {
  /** product id */
  product_id?: Int64;
}

const REQUEST_SCHEMA = {
  mutiple_product_update_list: [
    {
      product_id: 'Number',
      multiple_sku_update_list: [
        {
          sku_code: 'String',
          inventory: 'Number',
        },
      ],
    },
  ],
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  update_error_code: 'String',
  update_error_message: 'String',
  update_success: 'Boolean',
  update_failed_list: [
    {
      error_code: 'String',
      error_message: 'String',
      product_id: 'Number',
    },
  ],
  update_successful_list: [
    {
      product_id: 'Number',
    },
  ],
} as const satisfies ObjectSchema;

/** Static description of `aliexpress.solution.batch.product.inventory.update`: method, response root, request and response schemas. */
export const aliexpressSolutionBatchProductInventoryUpdateOperation = {
  method: 'aliexpress.solution.batch.product.inventory.update',
  responseRoot: 'aliexpress_solution_batch_product_inventory_update_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * aliexpress.solution.batch.product.inventory.update — calls TOP method `aliexpress.solution.batch.product.inventory.update`.
 *
 * batch product inventory update API for oversea sellers. Sellers could update multiple skus among multiple products in a single call. Maximum 20 products could be updated at the same time and maximum 200 skus could be updated within one product.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function aliexpressSolutionBatchProductInventoryUpdate(
  client: TopClient,
  request: AliexpressSolutionBatchProductInventoryUpdateRequest,
  options?: CallOptions,
): Promise<AliexpressSolutionBatchProductInventoryUpdateResponse> {
  return client.call<AliexpressSolutionBatchProductInventoryUpdateResponse>(
    {
      method: 'aliexpress.solution.batch.product.inventory.update',
      responseRoot: 'aliexpress_solution_batch_product_inventory_update_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
